#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Genera los CSV del contenido de ejemplo de sitegen (carpeta content/).

TODAS las cifras, nombres de proyectos, actividades, explicaciones, acciones,
problemas y eventos que escribe este script son INVENTADOS: son datos de
ejemplo. Solo son hechos públicos reales la lista de territorios (comunas y
corregimientos de Santiago de Cali con sus códigos), los códigos y nombres de
los organismos (centros gestores) y la disposición de columnas de los formatos
oficiales (Cuadro 1S y exportación de ejecución presupuestal).

Solo usa la biblioteca estándar de Python 3. La semilla es fija: dos
ejecuciones producen archivos idénticos byte a byte.

Uso:
    python3 scripts/generate_example_content.py            # escribe content/
    python3 scripts/generate_example_content.py --out DIR  # escribe en DIR
    python3 scripts/generate_example_content.py --check    # solo verifica
"""

import argparse
import csv
import json
import datetime as dt
import io
import math
import os
import random
import sys
import unicodedata
from decimal import Decimal, ROUND_HALF_UP

SEED = 20250715
BUILD_DATE = dt.date(2025, 7, 15)
EXCEL_EPOCH = dt.date(1899, 12, 30)

# ---------------------------------------------------------------------------
# Hechos públicos: territorios y organismos
# ---------------------------------------------------------------------------

CORREGIMIENTOS = [
    (51, "Navarro"), (52, "El Hormiguero"), (53, "Pance"), (54, "La Buitrera"),
    (55, "Villacarmelo"), (56, "Los Andes"), (57, "Pichindé"), (58, "La Leonera"),
    (59, "Felidia"), (60, "El Saladito"), (61, "La Elvira"), (62, "La Castilla"),
    (63, "La Paz"), (64, "Montebello"), (65, "Golondrinas"),
]
TERRITORIES = ([(c, "comuna", "Comuna %d" % c) for c in range(1, 23)]
               + [(c, "corregimiento", n) for c, n in CORREGIMIENTOS])
CITY = (99, "ciudad", "Toda la ciudad")
TERR_NAME = {c: n for c, _, n in TERRITORIES + [CITY]}
TERR_CODES = [c for c, _, _ in TERRITORIES]

AGENCIES = {
    "4112": "Secretaría de Gobierno",
    "4132": "Departamento Administrativo de Planeación",
    "4133": "Departamento Administrativo de Gestión del Medio Ambiente",
    "4134": "Departamento Administrativo de Tecnologías de la Información y las Comunicaciones",
    "4143": "Secretaría de Educación",
    "4145": "Secretaría de Salud Pública",
    "4146": "Secretaría de Bienestar Social",
    "4148": "Secretaría de Cultura",
    "4151": "Secretaría de Infraestructura",
    "4152": "Secretaría de Movilidad",
    "4161": "Secretaría de Seguridad y Justicia",
    "4162": "Secretaría del Deporte y la Recreación",
    "4163": "Secretaría de Gestión del Riesgo de Emergencias y Desastres",
    "4164": "Secretaría de Paz y Cultura Ciudadana",
    "4171": "Secretaría de Desarrollo Económico",
    "4172": "Secretaría de Turismo",
    "4173": "Secretaría de Desarrollo Territorial y Participación Ciudadana",
    "4183": "Unidad Administrativa Especial de Protección Animal",
}


def is_rural(code):
    return 51 <= code <= 65


def de_terr(code):
    if is_rural(code):
        return "del corregimiento %s" % TERR_NAME[code]
    return "de la %s" % TERR_NAME[code]


def en_terr(code):
    if code == 99:
        return "en toda la ciudad"
    if is_rural(code):
        return "en el corregimiento %s" % TERR_NAME[code]
    return "en la %s" % TERR_NAME[code]


def strip_accents(s):
    return "".join(ch for ch in unicodedata.normalize("NFD", s)
                   if unicodedata.category(ch) != "Mn")


def upper_plain(code):
    """Nombre del territorio como lo escribe la exportación de ejecución."""
    if code == 99:
        return "SANTIAGO DE CALI"
    if is_rural(code):
        return strip_accents(TERR_NAME[code]).upper()
    return "COMUNA %d" % code


def excel_serial(d):
    return (d - EXCEL_EPOCH).days


# ---------------------------------------------------------------------------
# Árbol inventado del plan de desarrollo (niveles 1 a 3)
# ---------------------------------------------------------------------------

NIVEL1 = {
    "61": "Cali Reconciliada",
    "62": "Cali Renovada y Sostenible",
    "63": "Cali con Buen Gobierno",
}
NIVEL2 = {
    "6101": "Convivencia y seguridad en barrios y veredas",
    "6102": "Bienestar e inclusión social",
    "6103": "Cultura, deporte y recreación para todos",
    "6201": "Hábitat, vías y espacio público de calidad",
    "6202": "Ambiente sano y gestión del riesgo",
    "6301": "Participación ciudadana y gobierno abierto",
    "6302": "Economía local e inclusión productiva",
}
NIVEL3 = {
    "6101001": "Prevención de violencias y cultura ciudadana",
    "6101002": "Justicia cercana a la comunidad",
    "6102001": "Atención integral a poblaciones prioritarias",
    "6102002": "Salud comunitaria y entornos saludables",
    "6102003": "Educación pertinente y oportunidades para la juventud",
    "6103001": "Arte y cultura en los territorios",
    "6103002": "Deporte y recreación comunitaria",
    "6201001": "Vías, andenes y caminos que conectan el territorio",
    "6201002": "Parques y zonas verdes para el encuentro",
    "6201003": "Equipamientos comunitarios",
    "6202001": "Cuidado del agua, los humedales y el arbolado",
    "6202002": "Gestión del riesgo y adaptación al cambio climático",
    "6202003": "Protección y bienestar animal",
    "6301001": "Organizaciones comunales e instancias de participación fortalecidas",
    "6301002": "Control social, transparencia y rendición de cuentas",
    "6302001": "Emprendimiento y empleo en los territorios",
    "6302002": "Economía rural y campesina",
}

SUBDIRECCION = {
    "4132": "Subdirección de Planificación del Desarrollo",
    "4133": "Subdirección de Ecosistemas y Biodiversidad",
    "4134": "Subdirección de Gobierno Digital",
    "4143": "Subsecretaría de Cobertura y Calidad Educativa",
    "4145": "Subsecretaría de Salud Pública Comunitaria",
    "4146": "Subsecretaría de Atención a Poblaciones",
    "4148": "Subsecretaría de Artes, Creación y Promoción Cultural",
    "4151": "Subsecretaría de Infraestructura Vial y Equipamientos",
    "4152": "Subsecretaría de Seguridad Vial",
    "4161": "Subsecretaría de Acceso a la Justicia y Prevención",
    "4162": "Subsecretaría de Fomento Deportivo y Recreativo",
    "4163": "Subsecretaría de Reducción del Riesgo",
    "4164": "Subsecretaría de Cultura Ciudadana y Convivencia",
    "4171": "Subsecretaría de Emprendimiento y Desarrollo Rural",
    "4172": "Subsecretaría de Turismo Comunitario",
    "4173": "Subsecretaría de Participación Ciudadana",
    "4183": "Subdirección de Bienestar Animal",
}

POSPRE = {
    "servicios": ("2-320202009", "Servicios para la comunidad, sociales y personales"),
    "empresas": ("2-320202008", "Servicios prestados a las empresas y servicios de producción "),
    "construccion": ("2-320202005", "Servicios de la construcción"),
    "bienes": ("2-320201003", "Otros bienes transportables (excepto productos metálicos, maquinaria y equipo)"),
    "obras": ("2-3201010010319", "Otras obras de ingeniería civil"),
}
FONDO_PROPIO = ("1110100", "Ingresos corrientes de Libre Destinación",
                "Recursos Propios de Libre Destinación")
FONDO_SGP = ("1320104", "Sistema General de Participaciones - Propósito General",
             "Otros Recursos con Destinación Específica")


def T(key, n3, agency, name, product, meta, unit, qty, pi, budget, pospre, scope, acts):
    assert n3 in NIVEL3 and agency in AGENCIES and len(acts) == 5
    return dict(key=key, n3=n3, agency=agency, name=name, product=product, meta=meta,
                unit=unit, qty=qty, pi=pi, budget=budget, pospre=pospre, scope=scope,
                acts=acts)


# Plantillas inventadas de proyectos. budget = (mínimo, máximo) en millones de pesos.
TEMPLATES = [
    T("conv_cultura", "6101001", "4164",
      "Fortalecimiento de la convivencia y la cultura ciudadana {de} en Santiago de Cali",
      ("4502038", "Servicio de promoción de la convivencia y la cultura ciudadana"),
      ("0043", "Personas vinculadas a estrategias de convivencia, cultura ciudadana y resolución pacífica de conflictos en los territorios"),
      "personas vinculadas", [80, 120, 150, 200, 250], 6000, (60, 350), "servicios", "ambos",
      ["Realizar talleres de convivencia y resolución pacífica de conflictos con la comunidad",
       "Desarrollar jornadas de cultura ciudadana en los espacios públicos priorizados",
       "Formar y acompañar a gestores comunitarios de convivencia",
       "Realizar un encuentro comunitario de cierre y memoria del proceso",
       "Elaborar y socializar el informe de resultados con la comunidad"]),
    T("prev_jovenes", "6101001", "4161",
      "Implementación de estrategias de prevención de violencias con jóvenes {de} en Santiago de Cali",
      ("4501029", "Servicio de prevención del delito y la violencia juvenil"),
      ("0045", "Jóvenes en riesgo vinculados a programas de prevención de violencias"),
      "jóvenes vinculados", [40, 60, 80, 100], 3000, (80, 450), "servicios", "urbano",
      ["Identificar y caracterizar a los jóvenes participantes del territorio",
       "Desarrollar procesos de formación en habilidades para la vida",
       "Realizar acompañamiento psicosocial a jóvenes y sus familias",
       "Desarrollar iniciativas juveniles de arte, deporte y emprendimiento",
       "Hacer seguimiento a la vinculación educativa y laboral de los participantes"]),
    T("justicia", "6101002", "4161",
      "Fortalecimiento del acceso a la justicia comunitaria {de} en Santiago de Cali",
      ("4502012", "Servicio de justicia comunitaria y métodos alternativos de solución de conflictos"),
      ("0042", "Casos atendidos mediante métodos alternativos de solución de conflictos en los territorios"),
      "casos atendidos", [50, 80, 120, 150], 4500, (40, 220), "servicios", "ambos",
      ["Formar conciliadores en equidad y mediadores comunitarios",
       "Realizar jornadas móviles de acceso a la justicia",
       "Dotar el punto de atención de justicia comunitaria",
       "Divulgar las rutas de atención y los mecanismos de solución de conflictos",
       "Hacer seguimiento a los acuerdos de conciliación suscritos"]),
    T("adultos_mayores", "6102001", "4146",
      "Atención integral a personas mayores {de} en Santiago de Cali",
      ("4104013", "Servicio de atención integral a personas mayores en los territorios"),
      ("0044", "Personas mayores atendidas con servicios integrales en los territorios"),
      "personas mayores atendidas", [60, 100, 150, 200], 8000, (80, 400), "servicios", "ambos",
      ["Realizar encuentros de actividad física, recreación y envejecimiento activo",
       "Brindar orientación psicosocial y jurídica a personas mayores y sus familias",
       "Entregar complementos nutricionales a personas mayores priorizadas",
       "Desarrollar talleres de memoria, artes y oficios",
       "Fortalecer los grupos y organizaciones de personas mayores del territorio"]),
    T("mujeres", "6102001", "4146",
      "Fortalecimiento de la autonomía económica y los derechos de las mujeres {de} en Santiago de Cali",
      ("4103057", "Servicio de promoción de los derechos y la autonomía de las mujeres"),
      ("0046", "Mujeres vinculadas a procesos de autonomía económica y promoción de derechos"),
      "mujeres vinculadas", [40, 60, 80, 120], 5000, (60, 300), "servicios", "ambos",
      ["Realizar talleres de prevención de violencias basadas en género",
       "Desarrollar formación en habilidades empresariales para mujeres",
       "Entregar capital semilla a iniciativas productivas de mujeres",
       "Conformar y acompañar redes comunitarias de mujeres",
       "Realizar una feria de muestra de las iniciativas apoyadas"]),
    T("discapacidad", "6102001", "4146",
      "Atención a personas con discapacidad, sus familias y cuidadores {de} en Santiago de Cali",
      ("4104026", "Servicio de atención a personas con discapacidad y cuidadores"),
      ("0048", "Personas con discapacidad, familias y cuidadores atendidos"),
      "personas atendidas", [30, 50, 80], 2500, (50, 260), "servicios", "ambos",
      ["Entregar ayudas técnicas a personas con discapacidad priorizadas",
       "Realizar talleres de respiro y autocuidado para cuidadores",
       "Desarrollar actividades de rehabilitación basada en comunidad",
       "Orientar a las familias sobre las rutas de acceso a servicios",
       "Realizar jornadas de sensibilización sobre inclusión en el territorio"]),
    T("salud", "6102002", "4145",
      "Promoción de entornos comunitarios saludables {de} en Santiago de Cali",
      ("1905021", "Servicio de promoción de la salud en entornos comunitarios"),
      ("0043", "Entornos comunitarios con estrategias de promoción de la salud implementadas"),
      "hogares acompañados", [100, 150, 200, 300], 12000, (50, 280), "servicios", "ambos",
      ["Realizar visitas de salud a hogares priorizados",
       "Desarrollar jornadas de prevención de enfermedades transmitidas por vectores",
       "Realizar talleres de salud mental y prevención del consumo de sustancias",
       "Conformar grupos comunitarios de promotores de salud",
       "Realizar jornadas de vacunación y tamizaje en coordinación con la red pública"]),
    T("dotacion_ie", "6102003", "4143",
      "Dotación de instituciones educativas oficiales {de} en Santiago de Cali",
      ("2201029", "Servicio de dotación de ambientes de aprendizaje"),
      ("0042", "Sedes educativas oficiales dotadas con mobiliario y material pedagógico"),
      "sedes dotadas", [1, 2, 3, 4], 90, (120, 700), "bienes", "ambos",
      ["Concertar con las comunidades educativas las necesidades de dotación",
       "Adquirir mobiliario escolar para las sedes priorizadas",
       "Adquirir material pedagógico y tecnológico",
       "Entregar e instalar la dotación en las sedes",
       "Capacitar a docentes en el uso del material entregado"]),
    T("jovenes_formacion", "6102003", "4143",
      "Formación para el trabajo y acceso a la educación superior de jóvenes {de} en Santiago de Cali",
      ("2202046", "Servicio de fomento al acceso a la educación terciaria"),
      ("0047", "Jóvenes beneficiados con estrategias de acceso a educación superior y formación para el trabajo"),
      "jóvenes beneficiados", [30, 50, 70], 4000, (150, 800), "servicios", "ambos",
      ["Realizar la convocatoria y selección de los jóvenes beneficiarios",
       "Financiar matrículas en programas técnicos y tecnológicos",
       "Brindar acompañamiento académico y psicosocial",
       "Entregar apoyos de sostenimiento y transporte",
       "Hacer seguimiento a la permanencia y graduación"]),
    T("cultura", "6103001", "4148",
      "Formación artística y cultural {de} en Santiago de Cali",
      ("3301054", "Servicio de educación informal en áreas artísticas y culturales"),
      ("0044", "Personas beneficiadas con procesos de formación artística y cultural en los territorios"),
      "personas formadas", [60, 100, 150, 200], 9000, (60, 300), "servicios", "ambos",
      ["Realizar la convocatoria e inscripción a los talleres de formación",
       "Desarrollar talleres de música, danza, teatro y artes plásticas",
       "Adquirir instrumentos y materiales para los procesos de formación",
       "Realizar muestras artísticas en espacios comunitarios",
       "Sistematizar la experiencia del proceso formativo"]),
    T("iniciativas_cult", "6103001", "4148",
      "Apoyo a iniciativas culturales comunitarias {de} en Santiago de Cali",
      ("3301060", "Servicio de apoyo financiero a iniciativas culturales"),
      ("0046", "Iniciativas culturales comunitarias apoyadas"),
      "iniciativas apoyadas", [4, 6, 8, 10], 300, (50, 250), "servicios", "ambos",
      ["Abrir la convocatoria de iniciativas culturales del territorio",
       "Evaluar y seleccionar las iniciativas con un comité comunitario",
       "Entregar los estímulos a las iniciativas seleccionadas",
       "Acompañar técnicamente la ejecución de las iniciativas",
       "Realizar el festival de circulación de las iniciativas apoyadas"]),
    T("deporte_eventos", "6103002", "4162",
      "Realización de eventos deportivos y recreativos comunitarios {de} en Santiago de Cali",
      ("4301039", "Servicio de organización de eventos deportivos y recreativos comunitarios"),
      ("0042", "Eventos deportivos y recreativos comunitarios realizados"),
      "eventos realizados", [4, 6, 8, 12], 500, (60, 280), "servicios", "ambos",
      ["Concertar con la comunidad el calendario de eventos",
       "Realizar torneos deportivos comunitarios",
       "Desarrollar jornadas recreativas para familias y personas mayores",
       "Adquirir implementación deportiva para los eventos",
       "Realizar la premiación y el cierre de las actividades"]),
    T("escuelas_dep", "6103002", "4162",
      "Escuelas deportivas para niños, niñas y adolescentes {de} en Santiago de Cali",
      ("4301041", "Servicio de escuelas deportivas"),
      ("0044", "Niños, niñas y adolescentes vinculados a escuelas deportivas"),
      "niños, niñas y adolescentes vinculados", [80, 120, 160, 200], 10000, (80, 350),
      "servicios", "urbano",
      ["Inscribir a los niños, niñas y adolescentes en las disciplinas ofrecidas",
       "Contratar a los entrenadores y monitores deportivos",
       "Adquirir uniformes e implementación deportiva",
       "Desarrollar las sesiones de entrenamiento en los escenarios del territorio",
       "Realizar festivales deportivos de cierre con las familias"]),
    T("malla_vial", "6201001", "4151",
      "Mejoramiento de la malla vial barrial {de} en Santiago de Cali",
      ("2402047", "Vía urbana rehabilitada"),
      ("0043", "Metros cuadrados de vías barriales mejorados y rehabilitados"),
      "metros cuadrados de vía intervenidos", [1200, 2000, 3500, 5000], 180000, (300, 1800),
      "construccion", "urbano",
      ["Elaborar los estudios y diseños de los tramos priorizados",
       "Realizar la rehabilitación de la carpeta asfáltica de los tramos priorizados",
       "Construir y reparar andenes y rampas de accesibilidad",
       "Realizar la señalización horizontal y vertical de los tramos intervenidos",
       "Realizar la interventoría técnica, administrativa y financiera de las obras"]),
    T("caminos_veredales", "6201001", "4151",
      "Mejoramiento de vías y caminos veredales {de} en Santiago de Cali",
      ("2402119", "Camino veredal mejorado"),
      ("0046", "Metros lineales de vías y caminos veredales mejorados"),
      "metros lineales intervenidos", [300, 500, 800, 1200], 25000, (200, 1200),
      "construccion", "rural",
      ["Realizar el diagnóstico técnico de los tramos priorizados con la comunidad",
       "Construir placa huella en los tramos de mayor pendiente",
       "Construir obras de drenaje y cunetas",
       "Realizar el mantenimiento de caminos con mano de obra local",
       "Realizar la interventoría de las obras"]),
    T("parques", "6201002", "4151",
      "Mejoramiento de parques y zonas verdes {de} en Santiago de Cali",
      ("4003017", "Parque mejorado"),
      ("0042", "Parques y zonas verdes mejorados para el encuentro comunitario"),
      "parques intervenidos", [1, 2, 3, 4], 120, (150, 900), "construccion", "urbano",
      ["Concertar con la comunidad el diseño de los parques priorizados",
       "Realizar obras de adecuación de senderos, iluminación y mobiliario",
       "Instalar juegos infantiles y gimnasios al aire libre",
       "Realizar la siembra y el mantenimiento de zonas verdes",
       "Realizar la interventoría de las obras"]),
    T("sedes_comunales", "6201003", "4151",
      "Adecuación de sedes comunales {de} en Santiago de Cali",
      ("4002012", "Centro comunitario adecuado"),
      ("0043", "Sedes comunales adecuadas para el encuentro y la participación"),
      "sedes adecuadas", [1, 2, 3], 60, (120, 700), "construccion", "ambos",
      ["Realizar el diagnóstico del estado de las sedes comunales",
       "Elaborar los diseños y presupuestos de las adecuaciones",
       "Ejecutar las obras de adecuación de cubiertas, baterías sanitarias y accesos",
       "Dotar las sedes con mobiliario básico",
       "Realizar la interventoría y la entrega a la comunidad"]),
    T("arbolado", "6202001", "4133",
      "Recuperación del arbolado urbano y las zonas verdes {de} en Santiago de Cali",
      ("3202041", "Servicio de siembra y mantenimiento de arbolado urbano"),
      ("0044", "Árboles sembrados y mantenidos en el área urbana"),
      "árboles sembrados", [150, 250, 400, 600], 20000, (40, 250), "servicios", "urbano",
      ["Realizar el inventario del arbolado en las zonas priorizadas",
       "Sembrar árboles nativos con participación de la comunidad",
       "Realizar el mantenimiento y riego del material vegetal",
       "Realizar talleres de educación ambiental con colegios y vecinos",
       "Retirar árboles en riesgo de caída con concepto técnico"]),
    T("cuencas", "6202001", "4133",
      "Protección de nacimientos de agua y cuencas {de} en Santiago de Cali",
      ("3202019", "Servicio de restauración de áreas de interés hídrico"),
      ("0041", "Hectáreas de áreas de interés hídrico en proceso de restauración"),
      "hectáreas en restauración", [3, 5, 8, 10], 400, (60, 400), "servicios", "rural",
      ["Caracterizar con la comunidad los nacimientos de agua priorizados",
       "Aislar los nacimientos de agua con cercas vivas",
       "Sembrar especies nativas en las rondas de las quebradas",
       "Realizar el mantenimiento de las áreas restauradas",
       "Formar guardianes comunitarios del agua"]),
    T("riesgo_obras", "6202002", "4163",
      "Reducción del riesgo por inundaciones y movimientos en masa {de} en Santiago de Cali",
      ("4503010", "Servicio de reducción del riesgo mediante obras de mitigación"),
      ("0042", "Sitios críticos intervenidos con obras de reducción del riesgo"),
      "sitios críticos intervenidos", [1, 2, 3, 4], 80, (150, 1200), "obras", "ambos",
      ["Realizar los estudios técnicos de los sitios críticos priorizados",
       "Construir obras de estabilización de taludes y manejo de aguas",
       "Limpiar y mantener canales y cauces con la comunidad",
       "Realizar la interventoría de las obras de mitigación",
       "Socializar con las familias las medidas de reducción del riesgo"]),
    T("comites_riesgo", "6202002", "4163",
      "Fortalecimiento de los comités comunitarios de gestión del riesgo {de} en Santiago de Cali",
      ("4503024", "Servicio de educación para la gestión del riesgo"),
      ("0044", "Comités comunitarios de gestión del riesgo fortalecidos"),
      "personas capacitadas", [30, 50, 80], 2000, (30, 150), "servicios", "ambos",
      ["Conformar o actualizar el comité comunitario de gestión del riesgo",
       "Capacitar a los integrantes en primeros auxilios y evacuación",
       "Elaborar el plan comunitario de gestión del riesgo",
       "Dotar al comité con equipos básicos de respuesta",
       "Realizar un simulacro comunitario de evacuación"]),
    T("animales", "6202003", "4183",
      "Atención y bienestar de animales de compañía {de} en Santiago de Cali",
      ("3202030", "Servicio de atención y esterilización de animales de compañía"),
      ("0041", "Animales de compañía esterilizados y atendidos"),
      "animales esterilizados", [150, 250, 400], 15000, (40, 200), "servicios", "ambos",
      ["Realizar jornadas de esterilización de perros y gatos",
       "Realizar jornadas de vacunación y desparasitación",
       "Desarrollar campañas de tenencia responsable",
       "Atender animales en condición de calle con la red de rescatistas",
       "Implantar microchips de identificación"]),
    T("jac", "6301001", "4173",
      "Fortalecimiento de las organizaciones comunales y la participación ciudadana {de} en Santiago de Cali",
      ("4502007", "Servicio de fortalecimiento de organizaciones comunales"),
      ("0041", "Organizaciones comunales e instancias de participación fortalecidas"),
      "organizaciones fortalecidas", [5, 8, 10, 15], 600, (40, 250), "servicios", "ambos",
      ["Realizar la escuela de formación de líderes comunales",
       "Brindar asistencia técnica a las juntas de acción comunal en gestión de proyectos",
       "Dotar a las organizaciones comunales con equipos de oficina",
       "Apoyar la actualización del plan de desarrollo del territorio",
       "Realizar encuentros de intercambio de experiencias comunitarias"]),
    T("veedurias", "6301002", "4173",
      "Fortalecimiento del control social y las veedurías ciudadanas {de} en Santiago de Cali",
      ("4502034", "Servicio de apoyo al control social"),
      ("0043", "Veedurías ciudadanas acompañadas en el seguimiento a la inversión pública"),
      "veedurías acompañadas", [2, 3, 4, 6], 200, (30, 150), "servicios", "ambos",
      ["Formar a veedores en la lectura de informes de seguimiento y de presupuesto",
       "Acompañar la conformación y el registro de veedurías",
       "Realizar recorridos de verificación de los proyectos del territorio",
       "Publicar boletines de control social para la comunidad",
       "Realizar la audiencia de rendición de cuentas del territorio"]),
    T("emprendimiento", "6302001", "4171",
      "Fortalecimiento de emprendimientos y unidades productivas {de} en Santiago de Cali",
      ("3502046", "Servicio de apoyo a unidades productivas"),
      ("0042", "Unidades productivas fortalecidas con asistencia técnica y capital semilla"),
      "unidades productivas fortalecidas", [15, 25, 40, 60], 3000, (80, 500), "empresas", "ambos",
      ["Realizar la convocatoria y el diagnóstico de las unidades productivas",
       "Brindar asistencia técnica en gestión empresarial y mercadeo",
       "Entregar capital semilla en insumos y maquinaria",
       "Realizar ruedas de negocio y ferias comerciales",
       "Acompañar la formalización de las unidades productivas"]),
    T("agro", "6302002", "4171",
      "Fortalecimiento de la producción agropecuaria sostenible {de} en Santiago de Cali",
      ("1702017", "Servicio de apoyo a la producción agropecuaria"),
      ("0043", "Familias campesinas con asistencia técnica agropecuaria"),
      "familias campesinas asistidas", [20, 30, 50, 80], 2500, (60, 400), "empresas", "rural",
      ["Caracterizar a las familias productoras de las veredas",
       "Brindar asistencia técnica agropecuaria en finca",
       "Entregar insumos y herramientas para la producción",
       "Implementar huertas y sistemas agroforestales",
       "Apoyar la comercialización en mercados campesinos"]),
    T("turismo", "6302002", "4172",
      "Fortalecimiento del turismo comunitario y de naturaleza {de} en Santiago de Cali",
      ("3502041", "Servicio de asistencia técnica a prestadores turísticos"),
      ("0045", "Prestadores de turismo comunitario fortalecidos"),
      "prestadores fortalecidos", [8, 12, 20], 600, (50, 300), "empresas", "rural",
      ["Realizar el inventario de atractivos turísticos del corregimiento",
       "Formar a prestadores locales en servicio al cliente y guianza",
       "Señalizar senderos y atractivos turísticos",
       "Diseñar y promocionar rutas de turismo de naturaleza",
       "Apoyar la formalización de los prestadores turísticos"]),
    # --- proyectos de toda la ciudad (Comuna = 99) ---
    T("datos_abiertos", "6301002", "4134",
      "Implementación de la estrategia de datos abiertos y participación digital en Santiago de Cali",
      ("2301066", "Servicio de información para la participación ciudadana digital"),
      ("0045", "Conjuntos de datos abiertos publicados y actualizados"),
      "conjuntos de datos publicados", [20, 30], 120, (1200, 3000), "empresas", "ciudad",
      ["Inventariar y priorizar la información pública de los organismos",
       "Publicar y actualizar conjuntos de datos abiertos por territorio",
       "Desarrollar herramientas digitales de consulta y seguimiento para la ciudadanía",
       "Capacitar a servidores públicos en publicación de datos abiertos",
       "Realizar ejercicios de co-creación y uso de datos con la ciudadanía"]),
    T("seguimiento_pd", "6301002", "4132",
      "Fortalecimiento del seguimiento al plan de desarrollo y la rendición de cuentas en Santiago de Cali",
      ("4599017", "Servicio de seguimiento y evaluación de la gestión pública"),
      ("0041", "Informes de seguimiento al plan de desarrollo publicados"),
      "informes publicados", [4, 8], 16, (1500, 3500), "empresas", "ciudad",
      ["Consolidar trimestralmente el seguimiento al plan de acción de los organismos",
       "Publicar los informes de seguimiento en formatos abiertos",
       "Realizar las audiencias públicas de rendición de cuentas",
       "Implementar el tablero de seguimiento a la inversión por comunas y corregimientos",
       "Evaluar la percepción ciudadana sobre la gestión"]),
    T("presupuesto_participativo", "6301001", "4173",
      "Implementación del sistema de planeación local y presupuesto participativo en Santiago de Cali",
      ("4502022", "Servicio de asistencia técnica para la planeación participativa"),
      ("0042", "Comunas y corregimientos con procesos de planeación local y presupuesto participativo acompañados"),
      "territorios acompañados", [37], 37, (1800, 4500), "servicios", "ciudad",
      ["Realizar las asambleas de presupuesto participativo en comunas y corregimientos",
       "Brindar asistencia técnica a las juntas administradoras locales",
       "Acompañar la priorización y formulación de los proyectos de inversión local",
       "Desarrollar la plataforma de votación y seguimiento de iniciativas",
       "Realizar el balance anual del presupuesto participativo con las instancias"]),
    T("alertas", "6202002", "4163",
      "Fortalecimiento del sistema de alertas tempranas ante emergencias en Santiago de Cali",
      ("4503031", "Servicio de alerta temprana"),
      ("0046", "Estaciones de monitoreo del sistema de alertas tempranas en operación"),
      "estaciones de monitoreo en operación", [10, 15], 40, (2000, 5500), "obras", "ciudad",
      ["Instalar estaciones de monitoreo hidrometeorológico",
       "Mantener y operar la red de monitoreo existente",
       "Implementar protocolos de comunicación del riesgo con las comunidades",
       "Realizar simulacros de respuesta a emergencias",
       "Adquirir equipos de respuesta para los organismos de socorro"]),
    T("seguridad_vial", "6201001", "4152",
      "Mejoramiento de la seguridad vial en entornos escolares de Santiago de Cali",
      ("2409013", "Servicio de seguridad vial en entornos escolares"),
      ("0048", "Entornos escolares con intervenciones de seguridad vial"),
      "entornos escolares intervenidos", [20, 30, 40], 160, (2500, 6500), "construccion", "ciudad",
      ["Priorizar los entornos escolares según la accidentalidad registrada",
       "Demarcar y señalizar los entornos escolares priorizados",
       "Instalar reductores de velocidad y pasos seguros",
       "Realizar campañas pedagógicas de seguridad vial con estudiantes",
       "Hacer seguimiento a la accidentalidad en los entornos intervenidos"]),
    T("habitante_calle", "6102001", "4146",
      "Atención integral a personas en situación de calle en Santiago de Cali",
      ("4104037", "Servicio de atención integral a personas en situación de calle"),
      ("0050", "Personas en situación de calle atendidas integralmente"),
      "personas atendidas", [800, 1200], 4000, (3000, 7000), "servicios", "ciudad",
      ["Realizar abordajes en calle y caracterización de la población",
       "Brindar servicios de alojamiento transitorio, alimentación y aseo",
       "Realizar acompañamiento psicosocial y en salud",
       "Desarrollar procesos de formación para la inclusión laboral",
       "Apoyar el restablecimiento de vínculos familiares"]),
]
TPL = {t["key"]: t for t in TEMPLATES}

# Proyectos fijos de los cinco territorios que tienen diagnóstico en Markdown.
FIXED_PROJECTS = {
    1: ["riesgo_obras", "malla_vial", "cultura"],
    6: ["parques", "prev_jovenes", "emprendimiento"],
    21: ["jovenes_formacion", "conv_cultura", "sedes_comunales", "mujeres"],
    51: ["riesgo_obras", "agro"],
    57: ["cuencas", "turismo", "caminos_veredales"],
}

# ---------------------------------------------------------------------------
# Encabezado oficial del Cuadro 1S (52 columnas, con saltos de línea)
# ---------------------------------------------------------------------------

HEADER_1S = [
    "Cód centro gestor", "Nivel 1 PD Cód", "Nivel 1 PD Nombre", "Nivel 2 PD Cód",
    "Nivel 2 PD Nombre", "Nivel 3 PD Cód", "Nivel 3 PD Nombre", "Cód BPIN", "Cód BP",
    "Nombre BP", "Cód Actividad", "Nombre Actividad", "Articulación Variables PI",
    "Ponderación de Actividad",
    "% de Avance Actividad\nTrimestre I", "Explicación Actividad Trim I",
    "% de Avance Actividad\nTrimestre II", "Explicación Actividad Trim II",
    "% de Avance Actividad\nTrimestre III", "Explicación Actividad Trim III",
    "% de Avance Actividad\nTrimestre IV", "Explicación Actividad Trim IV",
    "Meta PD", "Denominación Meta PD", "Cód Producto MGA", "Nombre Producto MGA",
    "Programación PI Año 1", "Cantidad Programada Producto", "Ponderación producto",
    "Ejecución Fisica Trimestre I", "Explicación Producto Trim I", "% de Avance Producto",
    "Ejecución Fisica Trimestre II", "Explicación Producto Trim II", "% de Avance Producto",
    "Ejecución Fisica Trimestre III", "Explicación Producto Trim III", "% de Avance Producto",
    "Ejecución Fisica Trimestre IV", "Explicación Producto Trim IV", "% de Avance Producto",
    "% Avance Proyecto", "Comuna", "Presupuesto Inicial", "Presupuesto Modificado",
    "Ejecución", "Obligado", "Pagos", "Fecha Inicio", "Fecha Fin",
    "Nombre Centro Gestor", "Subdirección / Subsecretaria",
]
assert len(HEADER_1S) == 52

HEADER_EJEC = [
    "Centro Gestor", "Nombre Centro Gestor", "Area Funcional", "Nombre Area Funcional",
    "Propósito", "Nombre Propósito", "Reto", "Nombre Reto", "Programa", "Nombre Programa",
    "BPIN", "BP", "Nombre BP", "Programa Presupuestal", "Nombre Actividad", " Pospre ",
    " Nombre Pospre ", " Fondo ", " Nombre Fondo  ", " Origen ", " COMUNA ", " VIGENCIA ",
    " TIPO DE GASTO ", " PPTO INICIAL ", " REDUCCIONES ", " ADICIONES ", " CONTRACREDITOS ",
    " CREDITOS ", " APLAZAMIENTO ", " DESAPLAZAMIENTO ", " PPTO. MODIFICADO ",
    " TOTAL ACUMULADO CDP ", " TOTAL ACUMULADO RPC ", " TOTAL ACUMUL OBLIGAC ", " PAGOS ",
    " EJECUCION ", " SALDOS CDP ", " PPTO. DISPONIBLE ", " Clasificación del fondo 1 ",
]
assert len(HEADER_EJEC) == 39

HEADER_ACCIONES = ["organismo_codigo", "organismo", "procedimiento", "fase", "actividad",
                   "grupo_de_valor", "modalidad", "territorios", "fecha_inicio", "fecha_fin",
                   "meta", "indicador", "avance", "evidencia_url"]
HEADER_PROBLEMAS = ["territorio", "linea_pd", "problema", "causas", "consecuencias",
                    "poblacion_afectada", "prioridad", "documento_fuente", "anio"]
HEADER_AGENDA = ["fecha", "hora", "territorio", "tipo", "lugar", "descripcion"]

PROCEDIMIENTOS = ["Planeación Participativa", "Control Social", "Promoción de la Participación"]
FASES = ["diagnóstico", "formulación", "implementación", "seguimiento", "evaluación"]
MODALIDADES = ["presencial", "electrónica", "mixta"]

# ---------------------------------------------------------------------------
# Formatos
# ---------------------------------------------------------------------------

D100 = Decimal(100)


def frac(pct):
    """Porcentaje (Decimal, 0-100) como fracción 0-1 sin ceros de más: 0.15, 0, 1."""
    v = (Decimal(pct) / D100).normalize()
    return format(v, "f")


def pct_str(pct):
    return "%s%%" % format(Decimal(pct).quantize(Decimal("0.01"), ROUND_HALF_UP), "f")


def money_t1(n):
    return "$ -" if n == 0 else str(n)


def money_ejec(n):
    if n == 0:
        return " -   "
    s = "{:,}".format(abs(n)).replace(",", ".")
    return ("-%s " % s) if n < 0 else (" %s " % s)


def write_csv(path, header, rows, delimiter=",", lineterminator="\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator,
                   quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")
    if bom:
        data = b"\xef\xbb\xbf" + data
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Textos inventados para explicaciones
# ---------------------------------------------------------------------------

EXPL_T1_SIN_AVANCE = [
    "La actividad está en etapa precontractual; se elaboraron los estudios previos.",
    "Se adelanta la concertación técnica con la comunidad y la JAL para definir los sitios de intervención.",
    "Pendiente la selección del operador; el proceso de contratación se publicará en el segundo trimestre.",
    "Sin avance en el periodo por ajustes en la ficha del proyecto.",
    "Se socializó el proyecto con la Junta Administradora Local y se acordó el cronograma.",
    "Se revisan las cotizaciones para construir el análisis del sector.",
]
EXPL_T1_AVANCE = [
    "Se suscribió el contrato y se dio inicio a la ejecución con la firma del acta de inicio.",
    "Se adelantaron las primeras acciones con la población beneficiaria.",
    "Se avanzó en la convocatoria e inscripción de participantes.",
    "Se entregaron los primeros insumos y se conformaron los grupos de trabajo.",
    "Se realizó la reunión de arranque con el equipo ejecutor y los líderes comunitarios.",
]
EXPL_T2_AVANCE = [
    "Se ejecutaron las jornadas programadas para el trimestre con buena participación de la comunidad.",
    "El operador entregó el informe de avance del periodo y se verificó en campo.",
    "Se cumplieron los hitos previstos para el trimestre según el cronograma del proyecto.",
    "Avance conforme al cronograma; se llevan {n} sesiones realizadas.",
    "Se atendieron las observaciones de la veeduría ciudadana y se ajustó el cronograma.",
    "Se realizó el comité de seguimiento con la JAL y la comunidad beneficiaria.",
]
EXPL_T2_SIN_AVANCE = [
    "El proceso de contratación se declaró desierto y se abrirá de nuevo en el tercer trimestre.",
    "Sin avance por las lluvias que impidieron los trabajos en campo; se reprograma.",
    "En espera de la aprobación de la garantía de cumplimiento del contratista.",
    "La actividad inicia en el segundo semestre según el cronograma concertado.",
]
EXPL_NUEVA = "Actividad incorporada en el segundo trimestre por ajuste del plan de acción."
EXPL_PROD_SIN = [
    "",
    "Sin ejecución física en el periodo; las actividades están en etapa precontractual.",
    "El producto se reportará cuando finalice la contratación.",
]


# ---------------------------------------------------------------------------
# Generación de proyectos y cortes del Cuadro 1S
# ---------------------------------------------------------------------------

def pool_for(p, pool):
    """Los proyectos de toda la ciudad no se explican con textos de la JAL."""
    if p["terr"] != 99:
        return pool
    return [x for x in pool if "JAL" not in x and "Junta Administradora" not in x]


def prod_expl(rng, qty_q, qty_cum, p):
    if qty_q > 0:
        return "Avance físico del trimestre: %d; acumulado: %d de %d (%s)." % (
            qty_q, qty_cum, p["qty"], p["tpl"]["unit"])
    return rng.choice(EXPL_PROD_SIN)


def weight_units(rng, k):
    """Ponderaciones en unidades de 5 % que suman 20 (= 100 %)."""
    if k == 1:
        return [20]
    cuts = sorted(rng.sample(range(1, 20), k - 1))
    return [b - a for a, b in zip([0] + cuts, cuts + [20])]


def round_money(rng, x):
    x = int(x)
    if rng.random() < 0.7:
        return max(1000, int(round(x / 1000.0)) * 1000)
    return max(1000, x)


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def build_projects(rng):
    projects = []
    bp_num = 26009001
    order = TERR_CODES + [99]
    for code in order:
        if code == 99:
            keys = [t["key"] for t in TEMPLATES if t["scope"] == "ciudad"]
        elif code in FIXED_PROJECTS:
            keys = FIXED_PROJECTS[code]
        else:
            n = rng.choice([2, 2, 2, 2, 2, 2, 2, 2, 3, 4])
            scope = "rural" if is_rural(code) else "urbano"
            eligible = [t for t in TEMPLATES if t["scope"] in (scope, "ambos")]
            rng.shuffle(eligible)
            keys, seen_n2 = [], set()
            for t in eligible:          # primero líneas de nivel 2 distintas
                if t["n3"][:4] not in seen_n2:
                    keys.append(t["key"])
                    seen_n2.add(t["n3"][:4])
                if len(keys) == n:
                    break
        for key in keys:
            t = TPL[key]
            if code == 99:
                k = rng.choice([2, 3, 4])
            else:
                k = rng.choices([1, 2, 3, 4, 5], weights=[58, 27, 8, 4, 3])[0]
            idx = sorted(rng.sample(range(5), k))
            units = weight_units(rng, k)
            p = dict(
                bp="BP%d" % bp_num, tpl=t, terr=code,
                name=t["name"].format(de=de_terr(code)),
                origen="Organismo" if code == 99 or rng.random() < 0.15 else "Territorio",
                qty=rng.choice(t["qty"]),
                acts=[dict(idx=i, name=t["acts"][i], units=u, new=False)
                      for i, u in zip(idx, units)],
            )
            for a in p["acts"]:
                a["code"] = "%s101010%d" % (p["bp"], a["idx"] + 1)
            projects.append(p)
            bp_num += rng.randint(1, 4)
    bpins = sorted(rng.sample(range(800, 1000), len(projects)))
    for p, b in zip(projects, bpins):
        p["bpin"] = "2024760010%03d" % b
    return projects


def pick_special(rng, projects):
    """Elige los cambios entre el corte T1 y el T2."""
    terr = [p for p in projects if p["terr"] != 99]
    drop = rng.sample([p for p in terr if len(p["acts"]) >= 3], 2)
    add_pool = [p for p in terr if p not in drop and len(p["acts"]) <= 4
                and max(a["units"] for a in p["acts"]) >= 3]
    add = rng.sample(add_pool, 4)
    change = rng.sample([p for p in terr if p not in drop and p not in add], 3)
    for p in drop:
        a = rng.choice(p["acts"][1:])
        a["dropped"] = True
    for p in add:
        p["add_new"] = True
    for i, p in enumerate(change):
        p["budget_change"] = [Decimal("0.20"), Decimal("-0.12"), Decimal("0.35")][i]
    return drop, add, change


def gen_t1(rng, projects):
    added_zero_initial = 0
    for p in projects:
        t = p["tpl"]
        lo, hi = t["budget"]
        total = int(10 ** rng.uniform(math.log10(lo), math.log10(hi)) * 1_000_000)
        shares = [a["units"] * rng.uniform(0.7, 1.3) for a in p["acts"]]
        s = sum(shares)
        start_p = rand_date(rng, dt.date(2025, 1, 20), dt.date(2025, 5, 15))
        end_p = rng.choice([dt.date(2025, 12, 31)] * 6
                           + [dt.date(2025, 11, 30), dt.date(2025, 10, 31), dt.date(2025, 12, 15)])
        na_dates = rng.random() < 0.1
        for a, sh in zip(p["acts"], shares):
            amt = round_money(rng, total * sh / s)
            a["ini"] = amt
            a["mod1"] = amt
            if a.get("dropped"):
                a["ini"] = a["mod1"] = 0
            elif added_zero_initial < 2 and p["terr"] != 99 and rng.random() < 0.04:
                a["ini"] = 0                     # recursos adicionados en el trimestre
                added_zero_initial += 1
            elif rng.random() < 0.06:
                delta = round_money(rng, amt * rng.uniform(0.05, 0.2))
                a["mod1"] = amt + delta if rng.random() < 0.6 else max(1000, amt - delta)
            # ejecución del primer trimestre
            a["ej1"] = a["ob1"] = a["pg1"] = 0
            if a["mod1"] > 0 and rng.random() < 0.38:
                a["ej1"] = int(a["mod1"] * rng.uniform(0.25, 1.0))
                if rng.random() < 0.35:
                    a["ob1"] = int(a["ej1"] * rng.uniform(0.1, 0.6))
                    a["pg1"] = a["ob1"] if rng.random() < 0.6 else int(a["ob1"] * rng.uniform(0.5, 1.0))
            if a.get("dropped"):
                a["p1"] = 0
            elif a["ej1"] > 0:
                a["p1"] = rng.choice([0, 5, 10, 15, 20, 25, 30, 50])
            else:
                a["p1"] = rng.choices([0, 5, 10, 15], weights=[70, 10, 10, 10])[0]
            # explicación
            pool = pool_for(p, EXPL_T1_AVANCE if a["p1"] > 0 else EXPL_T1_SIN_AVANCE)
            a["e1"] = "" if rng.random() < 0.2 else rng.choice(pool)
            if a["e1"] and rng.random() < 0.12:     # texto en dos líneas
                a["e1"] += "\n" + rng.choice([x for x in pool if x != a["e1"]])
            # fechas
            if na_dates:
                a["fi"] = a["ff"] = "N/A"
            else:
                st = start_p if rng.random() < 0.7 else rand_date(rng, dt.date(2025, 1, 20), dt.date(2025, 6, 30))
                a["fi"] = str(excel_serial(st))
                a["ff"] = str(excel_serial(end_p))
        # producto y avance del proyecto (T1)
        comp1 = sum(Decimal(a["units"] * 5) * a["p1"] / D100 for a in p["acts"])
        p["comp1_t1"] = comp1
        p["fis1_t1"] = int((Decimal(p["qty"]) * comp1 / D100).to_integral_value(ROUND_HALF_UP))
        p["pe1"] = prod_expl(rng, p["fis1_t1"], p["fis1_t1"], p)


def gen_t2(rng, projects):
    for p in projects:
        t = p["tpl"]
        acts2 = []
        for a in p["acts"]:
            if a.get("dropped"):
                continue
            b = dict(a)
            acts2.append(b)
        # pesos: la actividad retirada cede su peso a la de mayor peso
        for a in p["acts"]:
            if a.get("dropped"):
                tgt = max(acts2, key=lambda x: x["units"])
                tgt["units"] += a["units"]
        if p.get("add_new"):
            used = {a["idx"] for a in p["acts"]}
            free = [i for i in range(5) if i not in used]
            i = free[0]
            tgt = max(acts2, key=lambda x: x["units"])
            tgt["units"] -= 2
            new = dict(idx=i, name=t["acts"][i], units=2, new=True,
                       code="%s101010%d" % (p["bp"], i + 1),
                       ini=0, mod1=0, ej1=0, ob1=0, pg1=0, p1=0, e1="",
                       fi=str(excel_serial(rand_date(rng, dt.date(2025, 4, 10), dt.date(2025, 6, 20)))),
                       ff=str(excel_serial(dt.date(2025, 12, 31))))
            pos = [k for k, x in enumerate(acts2) if x["idx"] < i]
            acts2.insert(pos[-1] + 1 if pos else 0, new)
        assert sum(a["units"] for a in acts2) == 20
        # cambio de presupuesto modificado en 3 proyectos
        bc = p.get("budget_change")
        target = None
        if bc is not None:
            cands = [a for a in acts2 if a["mod1"] > 0 and not a["new"]]
            target = max(cands, key=lambda x: x["mod1"])
        for a in acts2:
            a["mod2"] = a["mod1"]
            if a is target:
                delta = int(Decimal(a["mod1"]) * bc / 1000) * 1000
                a["mod2"] = max(a["ej1"], a["mod1"] + delta)
                assert a["mod2"] != a["mod1"]
            # avance del segundo trimestre
            room = 100 - a["p1"]
            if a["new"]:
                a["p2"] = rng.choice([0, 5, 10])
            else:
                a["p2"] = min(room, rng.choices([0, 5, 10, 15, 20, 25, 30, 35, 40, 50],
                                                weights=[15, 8, 12, 12, 12, 10, 10, 8, 7, 6])[0])
            # ejecución acumulada
            if a["mod2"] == 0:
                a["ej2"] = a["ob2"] = a["pg2"] = 0
            else:
                if a["ej1"] > 0:
                    a["ej2"] = min(a["mod2"], a["ej1"] + int((a["mod2"] - a["ej1"]) * rng.uniform(0, 0.6)))
                elif rng.random() < 0.55:
                    a["ej2"] = int(a["mod2"] * rng.uniform(0.3, 1.0))
                else:
                    a["ej2"] = 0
                a["ob2"] = a["ob1"]
                if a["ej2"] > 0 and (a["ob1"] > 0 or rng.random() < 0.6):
                    a["ob2"] = max(a["ob1"], int(a["ej2"] * rng.uniform(0.2, 0.8)))
                a["pg2"] = a["pg1"]
                if a["ob2"] > 0:
                    a["pg2"] = max(a["pg1"], int(a["ob2"] * rng.uniform(0.6, 1.0)))
            # explicación del segundo trimestre
            if a["new"]:
                a["e2"] = EXPL_NUEVA
            elif rng.random() < 0.1:
                a["e2"] = ""
            elif a["p2"] > 0:
                a["e2"] = rng.choice(pool_for(p, EXPL_T2_AVANCE)).format(n=rng.randint(3, 12))
            else:
                a["e2"] = rng.choice(pool_for(p, EXPL_T2_SIN_AVANCE))
            # fechas: algunas que estaban en N/A ya tienen fecha
            if a["fi"] == "N/A" and rng.random() < 0.5:
                a["fi"] = str(excel_serial(rand_date(rng, dt.date(2025, 4, 1), dt.date(2025, 6, 30))))
                a["ff"] = str(excel_serial(dt.date(2025, 12, 31)))
        p["acts2"] = acts2
        # Las columnas del trimestre I se copian del informe T1; el avance acumulado
        # se recalcula con las ponderaciones vigentes en el T2.
        cum = sum(Decimal(a["units"] * 5) * (a["p1"] + a["p2"]) / D100 for a in acts2)
        p["cum_t2"] = cum
        p["comp2_t2"] = max(Decimal(0), cum - p["comp1_t1"])
        f12 = int((Decimal(p["qty"]) * cum / D100).to_integral_value(ROUND_HALF_UP))
        p["fis2_t2"] = max(0, f12 - p["fis1_t1"])
        p["pe2"] = prod_expl(rng, p["fis2_t2"], f12, p)


def row_1s(p, a, cut):
    t = p["tpl"]
    n3 = t["n3"]
    n2, n1 = n3[:4], n3[:2]
    meta_code = n3 + t["meta"][0]
    r = [""] * 52
    r[0] = t["agency"]
    r[1], r[2] = n1, NIVEL1[n1]
    r[3], r[4] = n2, NIVEL2[n2]
    r[5], r[6] = n3, NIVEL3[n3]
    r[7], r[8], r[9] = p["bpin"], p["bp"], p["name"]
    r[10], r[11] = a["code"], a["name"]
    r[12] = "V1 = %s" % (t["unit"][0].upper() + t["unit"][1:])
    r[22], r[23] = meta_code, t["meta"][1]
    r[24], r[25] = t["product"]
    r[26] = str(t["pi"])
    r[27] = str(p["qty"])
    r[42] = str(p["terr"])
    r[48], r[49] = a["fi"], a["ff"]
    r[50] = AGENCIES[t["agency"]]
    r[51] = SUBDIRECCION[t["agency"]]
    w = Decimal(a["units"] * 5)
    if cut == 1:
        r[13] = frac(w)
        r[14] = frac(a["p1"])
        r[15] = a["e1"]
        r[28] = "1"
        r[29] = str(p["fis1_t1"])
        r[30] = p["pe1"]
        r[31] = frac(p["comp1_t1"])
        r[41] = frac(p["comp1_t1"])
        r[43], r[44] = money_t1(a["ini"]), money_t1(a["mod1"])
        r[45], r[46], r[47] = money_t1(a["ej1"]), money_t1(a["ob1"]), money_t1(a["pg1"])
    else:
        r[13] = pct_str(w)
        r[14] = pct_str(a["p1"])
        r[15] = a["e1"]
        r[16] = pct_str(a["p2"])
        r[17] = a["e2"]
        r[28] = "100.00%"
        r[29] = str(p["fis1_t1"])
        r[30] = p["pe1"]
        r[31] = pct_str(p["comp1_t1"])
        r[32] = str(p["fis2_t2"])
        r[33] = p["pe2"]
        r[34] = pct_str(p["comp2_t2"])
        r[41] = pct_str(p["cum_t2"])
        r[43], r[44] = str(a["ini"]), str(a["mod2"])
        r[45], r[46], r[47] = str(a["ej2"]), str(a["ob2"]), str(a["pg2"])
    return r


def sort_key(p):
    return (p["tpl"]["agency"], p["terr"], p["bp"])


# ---------------------------------------------------------------------------
# Ejecución presupuestal (marzo 2025), mismo corte que el T1
# ---------------------------------------------------------------------------

def gen_ejecucion(rng, projects):
    rows = []
    sgp = {p["bp"] for p in projects if p["terr"] == 99 and p["tpl"]["key"] in ("habitante_calle", "alertas")}
    odd_names = set(rng.sample([p["bp"] for p in projects], 3))
    all_acts = [(p, a) for p in sorted(projects, key=sort_key) for a in p["acts"]]
    split_ids = set(rng.sample([a["code"] for p, a in all_acts
                                if a["mod1"] > 50_000_000 and a["ej1"] < a["mod1"] // 2], 6))
    multiline = set(rng.sample([a["code"] for p, a in all_acts if len(a["name"]) > 60], 2))
    for p, a in all_acts:
        t = p["tpl"]
        n3 = t["n3"]
        fondo = FONDO_SGP if p["bp"] in sgp else FONDO_PROPIO
        comuna = upper_plain(p["terr"]) if p["origen"] == "Territorio" else "SANTIAGO DE CALI"
        bp_name = p["name"]
        if p["bp"] in odd_names:
            bp_name = bp_name.replace("Santiago de Cali", "Santiago de  Cali")
        act_name = a["name"]
        if a["code"] in multiline:
            words = act_name.split(" ")
            h = len(words) // 2
            act_name = " ".join(words[:h]) + "\n" + " ".join(words[h:])
        cdp = a["ej1"]
        if a["mod1"] > a["ej1"] and rng.random() < 0.3:
            cdp = a["ej1"] + int((a["mod1"] - a["ej1"]) * rng.uniform(0.2, 0.9))
        parts = [dict(pospre=POSPRE[t["pospre"]], ini=a["ini"], mod=a["mod1"], cdp=cdp,
                      rpc=a["ej1"], obl=a["ob1"], pag=a["pg1"])]
        if a["code"] in split_ids:
            second = POSPRE["bienes"] if t["pospre"] != "bienes" else POSPRE["servicios"]
            bmod = min(int(a["mod1"] * rng.uniform(0.15, 0.4)), a["mod1"] - cdp, a["ini"])
            bmod = bmod // 1000 * 1000
            if bmod > 0:
                parts[0]["ini"] -= bmod
                parts[0]["mod"] -= bmod
                parts.append(dict(pospre=second, ini=bmod, mod=bmod, cdp=0, rpc=0, obl=0, pag=0))
        for part in parts:
            diff = part["mod"] - part["ini"]
            red = adi = contra = cred = 0
            if diff > 0:
                if rng.random() < 0.5:
                    adi = diff
                else:
                    cred = diff
            elif diff < 0:
                if rng.random() < 0.5:
                    red = diff
                else:
                    contra = diff
            r = [t["agency"], AGENCIES[t["agency"]], n3 + t["meta"][0], t["meta"][1],
                 n3[:2], NIVEL1[n3[:2]], n3[:4], NIVEL2[n3[:4]], n3, NIVEL3[n3],
                 p["bpin"], p["bp"], bp_name, a["code"], act_name,
                 part["pospre"][0], part["pospre"][1], fondo[0], fondo[1],
                 p["origen"], comuna, "Actual", "Inversión",
                 money_ejec(part["ini"]), money_ejec(red), money_ejec(adi), money_ejec(contra),
                 money_ejec(cred), money_ejec(0), money_ejec(0), money_ejec(part["mod"]),
                 money_ejec(part["cdp"]), money_ejec(part["rpc"]), money_ejec(part["obl"]),
                 money_ejec(part["pag"]), money_ejec(part["rpc"]),
                 money_ejec(part["cdp"] - part["rpc"]), money_ejec(part["mod"] - part["cdp"]),
                 fondo[2]]
            assert part["ini"] + red + adi + contra + cred == part["mod"]
            rows.append(r)
    return rows


# ---------------------------------------------------------------------------
# Plan de acción de participación
# ---------------------------------------------------------------------------

# (procedimiento, fase) -> [(actividad, indicador, (meta_min, meta_max), modalidad preferida
#                            [, organismos que la realizan])]
PP = {"4173", "4132"}
ACCION_TPL = {
    ("Planeación Participativa", "diagnóstico"): [
        ("Realizar mesas de diagnóstico participativo de los problemas del territorio", "Mesas de diagnóstico realizadas", (2, 8), "presencial"),
        ("Aplicar una encuesta virtual de priorización de necesidades", "Encuestas diligenciadas", (200, 1500), "electrónica")],
    ("Planeación Participativa", "formulación"): [
        ("Acompañar la actualización de los planes de desarrollo comunal y corregimental", "Planes acompañados", (1, 6), "presencial", PP),
        ("Formular con los grupos de valor las acciones del plan de acción del organismo", "Mesas de formulación realizadas", (2, 6), "mixta"),
        ("Realizar asambleas de presupuesto participativo para priorizar proyectos de inversión", "Asambleas realizadas", (2, 10), "mixta", PP)],
    ("Planeación Participativa", "implementación"): [
        ("Socializar con la comunidad el inicio de los proyectos de inversión priorizados", "Socializaciones realizadas", (2, 12), "presencial"),
        ("Conformar comités comunitarios de acompañamiento a la ejecución de obras", "Comités conformados", (1, 6), "presencial")],
    ("Planeación Participativa", "seguimiento"): [
        ("Realizar comités de planificación con la JAL para revisar el avance del plan de inversiones", "Comités de planificación realizados", (2, 8), "mixta", PP | {"4112"}),
        ("Presentar a las instancias de participación el avance de los proyectos del organismo", "Sesiones de seguimiento realizadas", (2, 6), "mixta")],
    ("Planeación Participativa", "evaluación"): [
        ("Evaluar con la comunidad los resultados del ciclo de presupuesto participativo", "Jornadas de evaluación realizadas", (1, 4), "presencial", PP),
        ("Evaluar con los grupos de valor los resultados de los proyectos ejecutados", "Jornadas de evaluación realizadas", (1, 4), "presencial")],
    ("Control Social", "diagnóstico"): [
        ("Identificar con las veedurías los proyectos de interés para el control social", "Mesas de identificación realizadas", (1, 4), "presencial")],
    ("Control Social", "formulación"): [
        ("Construir con las veedurías el plan de trabajo de control social", "Planes de trabajo concertados", (1, 5), "mixta")],
    ("Control Social", "implementación"): [
        ("Capacitar a veedurías ciudadanas en la lectura del Cuadro 1S y de la ejecución presupuestal", "Personas capacitadas", (20, 120), "mixta"),
        ("Publicar en datos abiertos los informes de seguimiento de los proyectos del territorio", "Informes publicados", (2, 4), "electrónica", {"4134", "4132", "4173"})],
    ("Control Social", "seguimiento"): [
        ("Realizar recorridos de verificación de obras con veedurías y comunidad", "Recorridos realizados", (2, 10), "presencial", {"4151", "4173", "4133"}),
        ("Responder las observaciones de las veedurías en mesas de seguimiento", "Mesas de seguimiento realizadas", (2, 6), "mixta")],
    ("Control Social", "evaluación"): [
        ("Realizar la audiencia pública de rendición de cuentas", "Audiencias realizadas", (1, 2), "mixta")],
    ("Promoción de la Participación", "diagnóstico"): [
        ("Caracterizar las instancias y organizaciones de participación del territorio", "Organizaciones caracterizadas", (10, 60), "presencial")],
    ("Promoción de la Participación", "formulación"): [
        ("Diseñar con los grupos de valor la estrategia de formación en participación", "Estrategias diseñadas", (1, 1), "mixta")],
    ("Promoción de la Participación", "implementación"): [
        ("Desarrollar la escuela de formación en participación ciudadana", "Personas formadas", (30, 200), "mixta"),
        ("Acompañar la renovación de dignatarios de las juntas de acción comunal", "Jornadas de acompañamiento realizadas", (2, 12), "presencial", {"4173", "4112"}),
        ("Realizar campañas digitales de promoción de los espacios de participación", "Campañas realizadas", (2, 6), "electrónica")],
    ("Promoción de la Participación", "seguimiento"): [
        ("Hacer seguimiento a los compromisos adquiridos en los espacios de participación", "Informes de seguimiento elaborados", (2, 4), "electrónica")],
    ("Promoción de la Participación", "evaluación"): [
        ("Medir la satisfacción de los participantes con los espacios de participación", "Encuestas de satisfacción aplicadas", (100, 800), "electrónica")],
}

ACCION_AGENCIAS = {
    "4173": ["Juntas de Acción Comunal", "Juntas Administradoras Locales", "Veedurías ciudadanas", "Organizaciones sociales"],
    "4132": ["Juntas Administradoras Locales", "Consejo Territorial de Planeación", "Ciudadanía en general"],
    "4112": ["Juntas Administradoras Locales", "Comerciantes y vendedores informales", "Ciudadanía en general"],
    "4146": ["Personas mayores", "Mujeres", "Personas con discapacidad", "Comunidades negras, afrocolombianas, raizales y palenqueras", "Pueblos indígenas"],
    "4133": ["Población campesina", "Organizaciones ambientales", "Comunidad educativa"],
    "4151": ["Juntas de Acción Comunal", "Veedurías ciudadanas", "Ciudadanía en general"],
    "4148": ["Jóvenes", "Artistas y gestores culturales", "Comunidad educativa"],
    "4134": ["Ciudadanía en general", "Jóvenes", "Veedurías ciudadanas"],
}

# Meses de inicio típicos por fase del ciclo.
FASE_MESES = {"diagnóstico": (2, 4), "formulación": (3, 6), "implementación": (5, 10),
              "seguimiento": (6, 11), "evaluación": (10, 12)}


def gen_acciones(rng):
    combos = [(pr, fa) for pr in PROCEDIMIENTOS for fa in FASES]
    plan = list(combos)
    while len(plan) < 60:
        plan.append(rng.choice(combos))
    rng.shuffle(plan)
    agencies = list(ACCION_AGENCIAS)
    rows = []
    for i, (pr, fa) in enumerate(plan):
        ag = agencies[i % len(agencies)] if i < 16 else rng.choice(agencies)
        opts = [x for x in ACCION_TPL[(pr, fa)] if len(x) == 4 or ag in x[4]]
        act, ind, (mlo, mhi), mod = rng.choice(opts)[:4]
        if mod != "electrónica" and rng.random() < 0.25:
            mod = rng.choice(MODALIDADES)
        r = rng.random()
        if r < 0.22:
            terrs = "99"
        elif r < 0.27:
            terrs = ""
        elif r < 0.7:
            terrs = str(rng.choice(TERR_CODES))
        else:
            terrs = ";".join(str(c) for c in sorted(rng.sample(TERR_CODES, rng.randint(2, 4))))
        if terrs and ";" not in terrs and terrs != "99":
            act = "%s %s" % (act, en_terr(int(terrs)))
        m0, m1 = FASE_MESES[fa]
        ini = rand_date(rng, dt.date(2025, m0, 1), dt.date(2025, m1, 28))
        fin = max(ini, min(ini + dt.timedelta(days=rng.randint(0, 75)), dt.date(2025, 12, 15)))
        if fin < BUILD_DATE:
            av = rng.choice([100, 100, 100, 90, 80])
        elif ini > BUILD_DATE:
            av = 0
        else:
            av = int(5 * round(20 * (BUILD_DATE - ini).days / max(1, (fin - ini).days) * 0.9))
        meta = rng.randint(mlo, mhi)
        ev = ""
        if av > 0 and rng.random() < 0.75:
            ev = "https://example.org/sitegen-cali/evidencias/2025/%s-%03d.pdf" % (ag, i + 1)
        rows.append([ag, AGENCIES[ag], pr, fa, act, rng.choice(ACCION_AGENCIAS[ag]), mod, terrs,
                     ini.isoformat(), fin.isoformat(), str(meta), ind, str(av), ev])
    rows.sort(key=lambda r: (r[0], r[8], r[2]))
    return rows


# ---------------------------------------------------------------------------
# Problemas priorizados por territorio
# ---------------------------------------------------------------------------

# Problemas escritos a mano para los cinco territorios con diagnóstico en Markdown
# (content/diagnosticos/*.md repite estas mismas filas en su tabla).
FIXED_PROBLEMS = {
    1: [("6202", "Viviendas de ladera expuestas a deslizamientos en las temporadas de lluvia",
         "Construcción informal en pendientes; manejo inadecuado de aguas lluvias y residuales; pérdida de cobertura vegetal",
         "Familias evacuadas y pérdida de enseres; temor permanente en la temporada invernal", 9800, 2025),
        ("6201", "Vías y escaleras peatonales deterioradas entre los sectores altos y bajos",
         "Falta de mantenimiento; escorrentía de aguas lluvias; tránsito de motocicletas por escaleras",
         "Caídas de peatones, en especial de personas mayores; aislamiento de los sectores altos", 14500, 2025),
        ("6103", "Pocos espacios de formación cultural y recreación para niños, niñas y jóvenes",
         "Escasez de equipamientos culturales; oferta concentrada en otras zonas de la ciudad",
         "Uso inadecuado del tiempo libre; exposición de los jóvenes a riesgos sociales", 7200, 2025),
        ("6301", "Baja participación de los jóvenes en las juntas de acción comunal",
         "Desconfianza en las instituciones; horarios de reunión poco accesibles; poca información",
         "Poca renovación de liderazgos; iniciativas juveniles sin respaldo comunitario", 3100, 2024)],
    6: [("6101", "Jóvenes expuestos a la violencia y a la vinculación con grupos delincuenciales",
         "Desescolarización; falta de oportunidades de empleo; presencia de economías ilegales",
         "Homicidios y lesiones entre jóvenes; fronteras invisibles que limitan la movilidad", 11000, 2025),
        ("6302", "Desempleo e informalidad de mujeres cabeza de hogar y jóvenes",
         "Baja formación para el trabajo; poco acceso a crédito; distancia a los centros de empleo",
         "Ingresos inestables; mayor pobreza de los hogares; trabajo infantil", 18500, 2025),
        ("6201", "Parques y zonas verdes deteriorados, inseguros y sin iluminación",
         "Falta de mantenimiento; vandalismo; poca apropiación comunitaria",
         "Abandono del espacio público; menos actividad física; percepción de inseguridad", 26000, 2024)],
    21: [("6102", "Baja continuidad de los jóvenes hacia la educación superior y el empleo formal",
          "Costos de matrícula y transporte; poca orientación vocacional; oferta lejana",
          "Jóvenes que ni estudian ni trabajan; reproducción de la pobreza", 9600, 2025),
         ("6101", "Conflictos vecinales y violencia intrafamiliar",
          "Hacinamiento; consumo de alcohol; pocos espacios de mediación",
          "Lesiones personales; deterioro de la convivencia; niños y niñas afectados", 12500, 2025),
         ("6201", "Sedes comunales en mal estado, sin baterías sanitarias ni accesos adecuados",
          "Falta de mantenimiento; ausencia de recursos propios de las juntas",
          "Reuniones comunitarias en espacios improvisados; exclusión de personas con discapacidad", 21000, 2024),
         ("6202", "Canales de aguas lluvias con residuos que causan inundaciones en las calles",
          "Arrojo de residuos y escombros; baja frecuencia de limpieza",
          "Inundaciones de viviendas; malos olores y vectores", 8700, 2025)],
    51: [("62", "Riesgo de inundación de viviendas y cultivos en las temporadas de lluvia",
          "Drenajes insuficientes; obstrucción de zanjas y canales; ocupación de zonas bajas",
          "Pérdida de cosechas y enseres; familias damnificadas", 2900, 2025),
         ("6302", "Bajos ingresos de las familias campesinas y dificultad para comercializar sus productos",
          "Intermediación; vías en mal estado; poca asistencia técnica",
          "Abandono de la actividad agrícola; migración de los jóvenes a la ciudad", 1800, 2025),
         ("6102", "Difícil acceso a servicios de salud y a transporte público",
          "Baja frecuencia del transporte; puesto de salud con horario limitado",
          "Consultas tardías; mayores gastos de las familias para atender urgencias", 3100, 2024)],
    57: [("6202", "Menos caudal y contaminación de las quebradas que abastecen los acueductos comunitarios",
          "Deforestación en las partes altas; vertimientos domésticos; ganadería en las rondas",
          "Racionamientos de agua en verano; enfermedades de origen hídrico", 1900, 2025),
         ("6201", "Caminos veredales en mal estado que aíslan a las familias en temporada de lluvias",
          "Pendientes fuertes; falta de obras de drenaje; mantenimiento esporádico",
          "Dificultad para sacar las cosechas y para el acceso a la escuela y al puesto de salud", 1300, 2025),
         ("6302", "Pocas alternativas de ingreso compatibles con la conservación del territorio",
          "Restricciones de uso del suelo poco conocidas; escasa formación en turismo de naturaleza",
          "Presión sobre el bosque; salida de los jóvenes del corregimiento", 900, 2024),
         ("6301", "Poco acceso a información sobre los proyectos de inversión del corregimiento",
          "Información solo en la sede de la Alcaldía; conectividad limitada en las veredas",
          "Desconfianza hacia la inversión pública; dificultad para ejercer control social", 2400, 2025)],
}

DOC_FIXED = {
    1: "Diagnóstico participativo de la Comuna 1 (2025)",
    6: "Diagnóstico participativo de la Comuna 6 (2025)",
    21: "Diagnóstico participativo de la Comuna 21 (2025)",
    51: "Diagnóstico participativo del corregimiento Navarro (2025)",
    57: "Diagnóstico participativo del corregimiento Pichindé (2025)",
}

# nivel 2 -> [(ámbito, problema, causas, consecuencias)]
PROBLEM_TPL = {
    "6101": [
        ("urbano", "Aumento de riñas y conflictos vecinales en el espacio público",
         "Consumo de alcohol en vía pública; pocos espacios de mediación comunitaria",
         "Lesiones personales; deterioro de la confianza entre vecinos"),
        ("urbano", "Vinculación de jóvenes a grupos delincuenciales",
         "Deserción escolar; falta de oportunidades; presencia de economías ilegales",
         "Violencia entre jóvenes; fronteras invisibles en los barrios"),
        ("rural", "Conflictos entre vecinos por linderos y uso del agua",
         "Acuerdos informales; poca presencia de instancias de justicia cercanas",
         "Rupturas en la convivencia veredal; conflictos que escalan a la violencia")],
    "6102": [
        ("ambos", "Personas mayores sin redes de apoyo ni atención integral",
         "Abandono familiar; pobreza; oferta institucional dispersa",
         "Deterioro de la salud física y mental; aislamiento social"),
        ("urbano", "Baja permanencia escolar de adolescentes",
         "Trabajo a temprana edad; embarazo adolescente; poca pertinencia de la oferta",
         "Jóvenes sin formación para el trabajo; mayor exposición a riesgos"),
        ("rural", "Difícil acceso a servicios de salud en las veredas",
         "Distancias largas; transporte escaso; atención extramural poco frecuente",
         "Enfermedades diagnosticadas tarde; gastos altos de las familias")],
    "6103": [
        ("ambos", "Pocos espacios y programas culturales y deportivos para niños y jóvenes",
         "Escenarios deteriorados; oferta institucional intermitente",
         "Uso inadecuado del tiempo libre; sedentarismo")],
    "6201": [
        ("urbano", "Vías barriales deterioradas y andenes en mal estado",
         "Falta de mantenimiento; daños por redes de servicios públicos; tránsito pesado",
         "Accidentes de peatones y motociclistas; barreras para personas con movilidad reducida"),
        ("urbano", "Parques y zonas verdes sin mantenimiento",
         "Recursos insuficientes; vandalismo; poca apropiación comunitaria",
         "Abandono del espacio público; percepción de inseguridad"),
        ("rural", "Caminos veredales en mal estado que aíslan a las familias en temporada de lluvias",
         "Pendientes fuertes; falta de obras de drenaje",
         "Dificultad para sacar cosechas y llegar a la escuela")],
    "6202": [
        ("urbano", "Riesgo de inundación por canales obstruidos con residuos",
         "Arrojo de residuos y escombros; baja frecuencia de limpieza",
         "Inundaciones de viviendas; proliferación de vectores"),
        ("urbano", "Pérdida del arbolado y aumento del calor en los barrios",
         "Tala sin reposición; poco espacio para siembra en andenes",
         "Islas de calor; menor calidad del aire"),
        ("rural", "Contaminación y disminución del caudal de las quebradas",
         "Deforestación; vertimientos sin tratamiento; minería informal",
         "Racionamientos de agua; enfermedades de origen hídrico"),
        ("rural", "Deslizamientos en laderas por deforestación y construcción informal",
         "Pérdida de cobertura vegetal; cortes de talud sin manejo técnico",
         "Viviendas en riesgo; vías bloqueadas")],
    "6301": [
        ("ambos", "Baja participación en las juntas de acción comunal y poca renovación de líderes",
         "Desconfianza; poca formación de nuevos liderazgos; amenazas a líderes sociales",
         "Organizaciones debilitadas; decisiones tomadas por pocas personas"),
        ("ambos", "Difícil acceso a información sobre los proyectos de inversión del territorio",
         "Informes de seguimiento poco accesibles; información dispersa entre organismos",
         "Dificultad para ejercer control social; desconfianza en la inversión pública")],
    "6302": [
        ("urbano", "Desempleo y trabajo informal, en especial de mujeres y jóvenes",
         "Baja formación para el trabajo; poco acceso a crédito",
         "Ingresos inestables; aumento de la pobreza de los hogares"),
        ("rural", "Bajos ingresos de las familias campesinas por dificultades para comercializar",
         "Intermediación; vías en mal estado; poca asistencia técnica",
         "Abandono del campo; migración de los jóvenes a la ciudad")],
}


def gen_problemas(rng, projects):
    rows = []
    lines_by_terr = {}
    for p in projects:
        lines_by_terr.setdefault(p["terr"], set()).add(p["tpl"]["n3"][:4])
    for code in TERR_CODES:
        if code in FIXED_PROBLEMS:
            for prio, (linea, prob, cau, con, pob, anio) in enumerate(FIXED_PROBLEMS[code], 1):
                rows.append([str(code), linea, prob, cau, con, str(pob), str(prio),
                             DOC_FIXED[code], str(anio)])
            continue
        rural = is_rural(code)
        scope = "rural" if rural else "urbano"
        n = rng.choice([2, 3, 3, 4])
        own = sorted(lines_by_terr.get(code, set()))
        rng.shuffle(own)
        other = sorted(set(NIVEL2) - set(own))
        rng.shuffle(other)
        chosen = []
        for ln in own:
            if len(chosen) < n - (1 if rng.random() < 0.35 else 0):
                chosen.append(ln)
        for ln in other:
            if len(chosen) < n:
                chosen.append(ln)
        anio = rng.choice([2024, 2025])
        if rural:
            doc = "Plan de Desarrollo Corregimental 2024-2027 de %s" % TERR_NAME[code]
        else:
            doc = "Plan de Desarrollo Comunal 2024-2027 de la %s" % TERR_NAME[code]
        if rng.random() < 0.3:
            doc = "Mesa de diagnóstico participativo %s (%d)" % (de_terr(code), anio)
        probs = []
        for ln in chosen:
            opts = [x for x in PROBLEM_TPL[ln] if x[0] in (scope, "ambos")]
            if not opts:
                continue
            _, prob, cau, con = rng.choice(opts)
            pob = rng.randint(300, 6000) if rural else rng.randint(4000, 60000)
            linea = ln[:2] if rng.random() < 0.2 else ln
            probs.append((linea, prob, cau, con, pob))
        for prio, (linea, prob, cau, con, pob) in enumerate(probs, 1):
            rows.append([str(code), linea, prob, cau, con, str(pob), str(prio), doc, str(anio)])
    return rows


# ---------------------------------------------------------------------------
# Agenda de participación 2025
# ---------------------------------------------------------------------------

def lugar(rng, code, tipo):
    if code == 99:
        return rng.choice(["Centro Administrativo Municipal (CAM), auditorio principal",
                           "Transmisión en vivo por los canales digitales de la Alcaldía"])
    if is_rural(code):
        return rng.choice(["Caseta comunal de la cabecera del corregimiento %s" % TERR_NAME[code],
                           "Institución educativa del corregimiento %s" % TERR_NAME[code]])
    return rng.choice(["Sede de la JAL de la %s" % TERR_NAME[code],
                       "Centro de Administración Local Integrada (CALI) %d" % code,
                       "Institución educativa oficial de la %s" % TERR_NAME[code],
                       "Polideportivo de la %s" % TERR_NAME[code]])


AGENDA_TIPOS = [
    # tipo, cantidad, meses, horas, descripción
    ("Asamblea de presupuesto participativo", 12, (2, 4), ["09:00", "14:00", "18:30"],
     "Asamblea abierta para priorizar las iniciativas de inversión de presupuesto participativo {en}."),
    ("Comité de planificación", 8, (3, 11), ["17:00", "18:00"],
     "Sesión del comité de planificación con la JAL para revisar el avance de los proyectos {en}."),
    ("Diálogo con el alcalde", 7, (4, 10), ["10:00", "15:00"],
     "Encuentro del alcalde y su gabinete con la comunidad {en} para escuchar propuestas y responder inquietudes."),
    ("Mesa de seguimiento a proyectos", 5, (5, 10), ["16:00", "18:00"],
     "Mesa con veedurías ciudadanas para revisar el Cuadro 1S y la ejecución de los proyectos {en}."),
    ("Rendición de cuentas", 7, (11, 12), ["09:00", "15:00"],
     "Audiencia pública de rendición de cuentas de la inversión {en} durante 2025."),
]


def gen_agenda(rng):
    rows = []
    must = {"Asamblea de presupuesto participativo": [1, 6, 21, 51, 57],
            "Comité de planificación": [1, 6, 51],
            "Diálogo con el alcalde": [6, 21],
            "Mesa de seguimiento a proyectos": [1, 57],
            "Rendición de cuentas": [1, 6, 21, 51, 57]}
    for tipo, n, (m0, m1), horas, desc in AGENDA_TIPOS:
        fixed = must[tipo]
        terrs = fixed + rng.sample([c for c in TERR_CODES if c not in fixed], n - len(fixed))
        if tipo in ("Rendición de cuentas", "Diálogo con el alcalde"):
            terrs[-1] = 99
        used_dates = set()
        for code in terrs:
            d = rand_date(rng, dt.date(2025, m0, 1), dt.date(2025, m1, 28))
            while d.weekday() == 6 or d in used_dates:
                d += dt.timedelta(days=1)
            used_dates.add(d)
            rows.append([d.isoformat(), rng.choice(horas), str(code), tipo,
                         lugar(rng, code, tipo), desc.format(en=en_terr(code))])
    # eventos de toda la ciudad
    rows.append(["2025-06-20", "09:00", "99", "Rendición de cuentas",
                 "Centro Administrativo Municipal (CAM), auditorio principal",
                 "Rendición de cuentas del primer semestre: avance del plan de desarrollo y del plan de participación."])
    rows.append(["2025-09-12", "18:00", "99", "Diálogo con el alcalde",
                 "Transmisión en vivo por los canales digitales de la Alcaldía",
                 "Diálogo virtual sobre la priorización del presupuesto participativo de 2026."])
    rows.sort(key=lambda r: (r[0], r[1], int(r[2])))
    return rows


# ---------------------------------------------------------------------------
# Programa principal
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# Contratos de ejemplo (contratos/*.csv): inventados, unidos por BPIN a los proyectos del
# corte más reciente; generador aleatorio propio para no alterar los demás archivos.
# ---------------------------------------------------------------------------

CONTRACT_SEED = 20250713
SUPPLIERS = [  # nombre, tipo de documento, documento (NIT ficticios 999…; cédulas ficticias)
    ("Constructora Ejemplo S.A.S.", "NIT", "999000101"),
    ("Consultores Ficticios Ltda.", "NIT", "999000202"),
    ("Suministros Demostración S.A.S.", "NIT", "999000303"),
    ("Fundación Ejemplo Comunitaria", "NIT", "999000404"),
    ("Interventorías de Muestra S.A.", "NIT", "999000505"),
    ("Persona Natural de Ejemplo Uno", "Cédula de Ciudadanía", "10000001"),
    ("Persona Natural de Ejemplo Dos", "Cédula de Ciudadanía", "10000002"),
]
CONTRACT_KINDS = [  # tipo, modalidad, objeto
    ("Obra", "Licitación pública Obra Publica", "Obras de ejemplo para {name}"),
    ("Prestación de servicios", "Contratación directa", "Prestación de servicios profesionales de ejemplo para {name}"),
    ("Interventoría", "Concurso de méritos abierto", "Interventoría de ejemplo de {name}"),
    ("Suministros", "Selección abreviada de menor cuantía", "Suministro de materiales de ejemplo para {name}"),
    ("Decreto 092 de 2017", "Contratación régimen especial", "Convenio de ejemplo con organización comunitaria para {name}"),
]
STATUSES = ["En ejecución", "En ejecución", "Modificado", "terminado", "Cerrado"]
HEADER_SECOP = ["nombre_entidad", "proceso_de_compra", "id_contrato", "referencia_del_contrato", "estado_contrato",
                "descripcion_del_proceso", "tipo_de_contrato", "modalidad_de_contratacion", "fecha_de_firma",
                "fecha_de_inicio_del_contrato", "fecha_de_fin_del_contrato", "tipodocproveedor", "documento_proveedor",
                "proveedor_adjudicado", "valor_del_contrato", "valor_pagado", "c_digo_bpin", "urlproceso",
                "objeto_del_contrato"]
HEADER_PORTAL = ["Código BPIN", "ID Contrato", "Referencia del Contrato", "Proceso de Compra", "Estado Contrato",
                 "Tipo de Contrato", "Modalidad de Contratacion", "Objeto del Contrato", "Proveedor Adjudicado",
                 "TipoDocProveedor", "Documento Proveedor", "Valor del Contrato", "Valor Pagado", "Fecha de Firma",
                 "Fecha de Inicio del Contrato", "Fecha de Fin del Contrato", "URLProceso"]
HEADER_POR_PROYECTO = ["bpin", "cod_contrato", "cod_proceso", "nombre_proyecto", "descripcion_contrato", "estado_contrato",
                       "codigo_proveedor", "proveedor", "url_contrato", "fecha_actualizacion"]
SECOP_URL = "https://community.secop.gov.co/Public/Tendering/OpportunityDetail/Index?noticeUID=CO1.NTC.%d"
TIENDA_URL = "https://www.colombiacompra.gov.co/tienda-virtual-del-estado-colombiano/ordenes-compra/%d"
BPIN_IN_NO_CUT = "2023760010555"


def gen_contracts(projects):
    """Three files: SECOP II by API name (UTF-8, ','), the portal's export (display names,
    Windows-1252, ';') and a contracts-by-project list (Tienda Virtual orders, no values)."""
    rng = random.Random(CONTRACT_SEED)
    latest = [p for p in sorted(projects, key=sort_key) if p.get("acts2")]
    chosen = rng.sample(latest, min(30, len(latest)))
    secop, portal = [], []
    number = 8100000
    for k, p in enumerate(chosen):
        for _ in range(rng.choice([1, 1, 2])):
            number += rng.randint(3, 90)
            kind = rng.choice(CONTRACT_KINDS)
            supplier = rng.choice(SUPPLIERS)
            # Each contract takes 10 % to 45 % of the project's modified budget, so one or two never exceed it.
            budget = sum(a["mod2"] for a in p["acts2"])
            value = max(1, int(budget * rng.uniform(0.10, 0.45)) // 1000000) * 1000000
            paid = rng.choice([0, value // 4, value // 2, value])
            signed = dt.date(2025, 1, 15) + dt.timedelta(days=rng.randint(0, 150))
            start = signed + dt.timedelta(days=rng.randint(3, 20))
            end = start + dt.timedelta(days=rng.randint(60, 300))
            process, cid = "CO1.BDOS.%d" % number, "CO1.PCCNTR.%d" % number
            ref = "%s.010.26.1.%04d-2025" % (p["tpl"]["agency"], number % 10000)
            obj = kind[2].format(name=p["name"].lower())
            status = rng.choice(STATUSES)
            if k % 4 == 3:
                portal.append([" ".join([p["bpin"][:4], p["bpin"][4:]]), cid, ref, process, status, kind[0], kind[1], obj,
                               supplier[0], supplier[1], supplier[2], "$ {:,}".format(value).replace(",", "."),
                               "$ {:,}".format(paid).replace(",", "."), signed.strftime("%d/%m/%Y"),
                               start.strftime("%d/%m/%Y"), end.strftime("%d/%m/%Y"), SECOP_URL % number])
                continue
            url = SECOP_URL % number
            secop.append(["SANTIAGO DE CALI DISTRITO ESPECIAL (EJEMPLO)", process, cid, ref, status, obj, kind[0], kind[1],
                          signed.isoformat() + "T00:00:00.000", start.isoformat(), end.isoformat(), supplier[1],
                          supplier[2], supplier[0], str(value) + (".0" if k % 5 == 0 else ""), str(paid),
                          p["bpin"] + (".0" if k % 7 == 0 else ""), "{'url': '%s'}" % url if k % 2 else url, obj])
    # Sin BPIN (escrito de tres maneras) y con un BPIN de ningún corte.
    for n, bpin in enumerate(["0", "No Definido", "", BPIN_IN_NO_CUT]):
        number += 11
        supplier = SUPPLIERS[n]
        url = SECOP_URL % number
        secop.append(["SANTIAGO DE CALI DISTRITO ESPECIAL (EJEMPLO)", "CO1.BDOS.%d" % number, "CO1.PCCNTR.%d" % number,
                      "4131.010.26.1.%04d-2025" % (number % 10000), "En ejecución", "Contrato de ejemplo sin proyecto",
                      "Prestación de servicios", "Contratación directa", "2025-03-%02dT00:00:00.000" % (n + 3), "2025-03-10",
                      "2025-12-31", "NIT", supplier[2], supplier[0], str(rng.randint(20, 90) * 1000000), "0", bpin, url,
                      "Apoyo de ejemplo a la gestión administrativa"])
    orders = []
    order = 130000
    for p in rng.sample(latest, 12):
        order += rng.randint(10, 900)
        supplier = rng.choice(SUPPLIERS[:5])
        orders.append([p["bpin"], str(order), "", p["name"], "Orden de compra de ejemplo: equipos para " + p["name"].lower(),
                       rng.choice(["Emitida", "Aceptada", "Cerrada"]), supplier[2], supplier[0], TIENDA_URL % order, "2025-06-30"])
    # Una orden que financian dos proyectos: una fila por BPIN.
    first, second = rng.sample(latest, 2)
    order += 77
    for p in (first, second):
        orders.append([p["bpin"], str(order), "", p["name"], "Orden de compra de ejemplo compartida por dos proyectos",
                       "Emitida", SUPPLIERS[2][2], SUPPLIERS[2][0], TIENDA_URL % order, "2025-06-30"])
    # Una orden a una persona natural: su cédula no se publica.
    order += 5
    p = rng.choice(latest)
    orders.append([p["bpin"], str(order), "", p["name"], "Orden de compra de ejemplo a persona natural", "Emitida",
                   SUPPLIERS[5][2], SUPPLIERS[5][0], TIENDA_URL % order, "2025-06-30"])
    return secop, portal, orders


def write_contracts(out, projects):
    secop, portal, orders = gen_contracts(projects)
    folder = os.path.join(out, "contratos")
    write_csv(os.path.join(folder, "secop-ii-contratos.csv"), HEADER_SECOP, secop)
    write_csv(os.path.join(folder, "contratos-por-proyecto.csv"), HEADER_POR_PROYECTO, orders)
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER_PORTAL)
    w.writerows(portal)
    with open(os.path.join(folder, "secop-portal-exportado.csv"), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


def generate(out):
    rng = random.Random(SEED)
    projects = build_projects(rng)
    pick_special(rng, projects)
    gen_t1(rng, projects)
    gen_t2(rng, projects)
    ordered = sorted(projects, key=sort_key)

    write_csv(os.path.join(out, "territorios.csv"), ["codigo", "tipo", "nombre", "alias"],
              [[str(c), t, n, ""] for c, t, n in TERRITORIES] + [["98", "agregado", "Zona rural", ""],
              [str(CITY[0]), CITY[1], CITY[2], "Santiago de Cali;Distrito de Santiago de Cali"]])
    t1 = [row_1s(p, a, 1) for p in ordered for a in p["acts"]]
    t2 = [row_1s(p, a, 2) for p in ordered for a in p["acts2"]]
    write_csv(os.path.join(out, "informes-1s", "2025-T1.csv"), HEADER_1S, t1, lineterminator="\r\n")
    write_csv(os.path.join(out, "informes-1s", "2025-T2.csv"), HEADER_1S, t2, lineterminator="\r\n")
    write_csv(os.path.join(out, "ejecucion", "2025-03.csv"), HEADER_EJEC,
              gen_ejecucion(rng, projects), delimiter=";", bom=True)
    write_csv(os.path.join(out, "planes", "acciones.csv"), HEADER_ACCIONES, gen_acciones(rng))
    write_csv(os.path.join(out, "diagnosticos", "problemas.csv"), HEADER_PROBLEMAS,
              gen_problemas(rng, projects))
    write_csv(os.path.join(out, "agenda.csv"), HEADER_AGENDA, gen_agenda(rng))
    write_contracts(out, projects)
    write_outlines(out)
    return projects


def write_outlines(out):
    """Schematic example outlines (geo/territorios-ejemplo.geojson): each comuna a square of a grid
    around the city's centre and each corregimiento a larger square on a ring around it. They are
    NOT the real boundaries (those are the Alcaldía's), only shapes for the map and the catalog's
    bounding boxes of the example site."""
    west, north, step = -76.56, 3.49, 0.025
    features = []
    def square(x0, y0, size):
        ring = [[x0, y0], [x0 + size, y0], [x0 + size, y0 - size], [x0, y0 - size], [x0, y0]]
        return {"type": "Polygon", "coordinates": [[[round(x, 4), round(y, 4)] for x, y in ring]]}
    for i, code in enumerate(range(1, 23)):
        row, col = divmod(i, 5)
        features.append({"type": "Feature", "properties": {"codigo": code, "nombre": TERR_NAME[code], "ejemplo": True},
                         "geometry": square(west + col * step, north - row * step, step)})
    rural = [c for c, t, _ in TERRITORIES if t == "corregimiento"]
    for i, code in enumerate(rural):
        big = 0.05
        x0 = west - 2 * big + (i % 8) * big
        y0 = north + big + 0.01 if i < 8 else north - 5 * step - 0.01
        features.append({"type": "Feature", "properties": {"codigo": code, "nombre": TERR_NAME[code], "ejemplo": True},
                         "geometry": square(x0, y0, big)})
    os.makedirs(os.path.join(out, "geo"), exist_ok=True)
    with open(os.path.join(out, "geo", "territorios-ejemplo.geojson"), "w", encoding="utf-8", newline="\n") as f:
        json.dump({"type": "FeatureCollection", "features": features}, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")


# ---------------------------------------------------------------------------
# Verificación
# ---------------------------------------------------------------------------

def read(path, delimiter=",", encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as f:
        return list(csv.reader(f, delimiter=delimiter))


def parse_num(s):
    s = s.strip()
    if s in ("", "$ -", "-"):
        return Decimal(0)
    if s.endswith("%"):
        return Decimal(s[:-1]) / D100
    return Decimal(s)


def check(out):
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print("ERROR:", msg)

    terr = read(os.path.join(out, "territorios.csv"))
    codes = {int(r[0]) for r in terr[1:]}
    expected = set(range(1, 23)) | set(range(51, 66))
    if codes != expected | {98, 99}:
        fail("territorios.csv: códigos inesperados")
    cuts = {}
    for name in ("2025-T1", "2025-T2"):
        rows = read(os.path.join(out, "informes-1s", name + ".csv"))
        if rows[0] != HEADER_1S or len(rows[0]) != 52:
            fail("%s: encabezado distinto" % name)
        if any(len(r) != 52 for r in rows):
            fail("%s: filas con número de columnas distinto de 52" % name)
        data = rows[1:]
        cuts[name] = data
        terrs = {int(r[42]) for r in data}
        if not expected <= terrs:
            fail("%s: territorios sin proyectos: %s" % (name, sorted(expected - terrs)))
        weights = {}
        for r in data:
            weights.setdefault(r[8], Decimal(0))
            weights[r[8]] += parse_num(r[13])
            ini, mod, ej, ob, pg = (parse_num(r[i]) for i in range(43, 48))
            if not (ej <= mod and ob <= ej and pg <= ob):
                fail("%s %s: montos incoherentes" % (name, r[10]))
        bad = {k: v for k, v in weights.items() if v != 1}
        if bad:
            fail("%s: ponderaciones que no suman 1: %s" % (name, bad))
        acts = [r[10] for r in data]
        if len(acts) != len(set(acts)):
            fail("%s: códigos de actividad repetidos" % name)
        print("%s: %d filas, %d proyectos, %d territorios" % (name, len(data), len(weights), len(terrs)))
    a1 = {r[10] for r in cuts["2025-T1"]}
    a2 = {r[10] for r in cuts["2025-T2"]}
    print("T1->T2: %d actividades nuevas, %d retiradas" % (len(a2 - a1), len(a1 - a2)))
    if len(a2 - a1) != 4 or len(a1 - a2) != 2:
        fail("se esperaban 4 actividades nuevas y 2 retiradas")

    def totals(data, ix):
        t = {}
        for r in data:
            t[r[8]] = t.get(r[8], 0) + parse_num(r[ix])
        return t
    m1, m2 = totals(cuts["2025-T1"], 44), totals(cuts["2025-T2"], 44)
    changed = sorted(k for k in m1 if m1[k] != m2.get(k))
    print("proyectos con presupuesto modificado distinto:", changed)
    if len(changed) != 3 or set(m1) != set(m2):
        fail("se esperaban 3 proyectos con cambio de presupuesto modificado")
    e1, e2 = totals(cuts["2025-T1"], 45), totals(cuts["2025-T2"], 45)
    if any(e2[k] < e1[k] for k in e1):
        fail("la ejecución disminuyó entre cortes")

    with open(os.path.join(out, "ejecucion", "2025-03.csv"), "rb") as f:
        if not f.read(3) == b"\xef\xbb\xbf":
            fail("ejecución sin BOM")
    ej = read(os.path.join(out, "ejecucion", "2025-03.csv"), ";")
    if ej[0] != HEADER_EJEC:
        fail("ejecución: encabezado distinto")
    bps1 = {r[8] for r in cuts["2025-T1"]}
    bpse = {r[11] for r in ej[1:]}
    if bps1 != bpse:
        fail("ejecución: BP distintos de los del T1")

    def money(s):
        s = s.strip()
        return 0 if s == "-" else int(s.replace(".", ""))
    mod_e = {}
    for r in ej[1:]:
        mod_e[r[13]] = mod_e.get(r[13], 0) + money(r[30])
    for r in cuts["2025-T1"]:
        if mod_e.get(r[10]) != parse_num(r[44]):
            fail("ejecución: presupuesto modificado no cuadra para %s" % r[10])
    print("ejecucion/2025-03.csv: %d filas, %d BP" % (len(ej) - 1, len(bpse)))

    acc = read(os.path.join(out, "planes", "acciones.csv"))
    combos = {(r[2], r[3]) for r in acc[1:]}
    need = {(p, f) for p in PROCEDIMIENTOS for f in FASES}
    if combos != need:
        fail("acciones: faltan combinaciones %s" % (need - combos))
    for r in acc[1:]:
        if r[6] not in MODALIDADES or not (0 <= int(r[12]) <= 100):
            fail("acciones: valores fuera de dominio en %s" % r)
    print("planes/acciones.csv: %d acciones, %d organismos, %d combinaciones" % (
        len(acc) - 1, len({r[0] for r in acc[1:]}), len(combos)))

    pr = read(os.path.join(out, "diagnosticos", "problemas.csv"))
    per = {}
    for r in pr[1:]:
        per.setdefault(int(r[0]), []).append(int(r[6]))
        if r[1] not in NIVEL1 and r[1] not in NIVEL2:
            fail("problemas: línea %s desconocida" % r[1])
    if set(per) != expected or any(not (2 <= len(v) <= 4) or sorted(v) != list(range(1, len(v) + 1))
                                   for v in per.values()):
        fail("problemas: cobertura o prioridades incorrectas")
    print("diagnosticos/problemas.csv: %d problemas en %d territorios" % (len(pr) - 1, len(per)))

    ag = read(os.path.join(out, "agenda.csv"))
    print("agenda.csv: %d eventos" % (len(ag) - 1))

    folder = os.path.join(out, "contratos")
    t2_bpins = {r[7] for r in read(os.path.join(out, "informes-1s", "2025-T2.csv"))[1:]}
    se = read(os.path.join(folder, "secop-ii-contratos.csv"))[1:]
    po = read(os.path.join(folder, "secop-portal-exportado.csv"), ";", "cp1252")[1:]
    op = read(os.path.join(folder, "contratos-por-proyecto.csv"))[1:]
    bpins = {r[16].replace(".0", "") for r in se} | {r[0].replace(" ", "") for r in po} | {r[0] for r in op}
    orders = {}
    for r in op:
        orders.setdefault(r[1], set()).add(r[0])
    joined = bpins & t2_bpins
    if BPIN_IN_NO_CUT not in bpins or BPIN_IN_NO_CUT in t2_bpins or not any(len(v) > 1 for v in orders.values()):
        fail("contratos: falta el BPIN de ningún corte o la orden de varios proyectos")
    print("contratos: %d SECOP II, %d del portal (Windows-1252), %d órdenes; %d BPIN del corte 2025-T2"
          % (len(se), len(po), len(orders), len(joined)))

    # inyección de fórmulas en celdas de texto
    for dirpath, _, files in os.walk(out):
        for fn in files:
            if fn.endswith(".csv"):
                portal = fn == "secop-portal-exportado.csv"
                delim = ";" if "ejecucion" in dirpath or portal else ","
                for r in read(os.path.join(dirpath, fn), delim, "cp1252" if portal else "utf-8-sig"):
                    for c in r:
                        if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and not c.strip("-. 0123456789") == "" ):
                            fail("%s: celda que Excel tomaría por fórmula: %r" % (fn, c))
    print("verificación:", "OK" if ok else "CON ERRORES")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument("--out", default=os.path.join(here, "..", "content"))
    ap.add_argument("--check", action="store_true", help="solo verificar, sin escribir")
    args = ap.parse_args()
    out = os.path.normpath(args.out)
    if not args.check:
        generate(out)
    sys.exit(0 if check(out) else 1)


if __name__ == "__main__":
    main()

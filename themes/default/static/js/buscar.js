/* Búsqueda del sitio: lee window.SITEGEN_INDICE (buscar/indice.js), sin pedir nada a la red, así
   funciona también abriendo el sitio desde el disco (file://). No distingue tildes ni mayúsculas. */
(function () {
  "use strict";
  var indice = window.SITEGEN_INDICE || [];
  var form = document.querySelector("form.busqueda");
  var campo = document.getElementById("q");
  var lista = document.getElementById("resultados");
  var estado = document.getElementById("estado");
  if (!form || !campo || !lista || !estado) { return; }

  function plegar(texto) {
    return texto.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  function buscar(consulta) {
    var palabras = plegar(consulta).split(" ").filter(function (p) { return p.length > 0; });
    if (palabras.length === 0) { return []; }
    var encontrados = [];
    indice.forEach(function (e, orden) {
      var texto = " " + e.s + " ";
      var titulo = " " + plegar(e.t) + " ";
      var puntos = 0;
      for (var i = 0; i < palabras.length; i++) {
        if (texto.indexOf(" " + palabras[i]) < 0) { return; }
        if (titulo.indexOf(" " + palabras[i]) >= 0) { puntos += 2; }
      }
      if (titulo.trim() === palabras.join(" ")) { puntos += 10; }
      encontrados.push({ e: e, puntos: puntos, orden: orden });
    });
    encontrados.sort(function (a, b) { return b.puntos - a.puntos || a.orden - b.orden; });
    return encontrados.slice(0, 50);
  }

  function mostrar(consulta) {
    lista.textContent = "";
    if (!consulta.trim()) { estado.textContent = ""; return; }
    var resultados = buscar(consulta);
    estado.textContent = resultados.length === 0 ? "No se encontró nada para «" + consulta + "»."
      : resultados.length + (resultados.length === 1 ? " resultado" : " resultados") + " para «" + consulta + "».";
    resultados.forEach(function (r) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "../" + r.e.u;
      a.textContent = r.e.t;
      li.appendChild(a);
      var detalle = document.createElement("span");
      detalle.textContent = " · " + r.e.k + (r.e.d ? " · " + r.e.d : "");
      li.appendChild(detalle);
      lista.appendChild(li);
    });
  }

  form.addEventListener("submit", function (evento) {
    evento.preventDefault();
    mostrar(campo.value);
  });
  campo.addEventListener("input", function () { mostrar(campo.value); });
  var inicial = new URLSearchParams(window.location.search).get("q");
  if (inicial) { campo.value = inicial; mostrar(inicial); }
}());

/* Filtra la lista de proyectos de transparencia/ (4.4) mientras se escribe: por código BP o por
   nombre, sin importar tildes ni mayúsculas. Sin JavaScript la lista se ve completa y el filtro
   no aparece. */
(function () {
  var box = document.getElementById("filtro-proyectos");
  var input = document.getElementById("filtro-proyectos-texto");
  var count = document.getElementById("filtro-proyectos-cuenta");
  var list = document.getElementById("lista-proyectos");
  if (!box || !input || !list) return;
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var items = Array.prototype.slice.call(list.children);
  var texts = items.map(function (item) { return fold(item.textContent); });
  box.hidden = false;
  input.addEventListener("input", function () {
    var query = fold(input.value.trim());
    var shown = 0;
    items.forEach(function (item, i) {
      var match = query === "" || texts[i].indexOf(query) >= 0;
      item.hidden = !match;
      if (match) shown += 1;
    });
    count.textContent = query === "" ? "" : shown + " / " + items.length;
  });
})();

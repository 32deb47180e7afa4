/*
 * OIH Guide: the words the page scripts show, in the page's language.
 *
 * The build renders them from the message catalog into the page as JSON
 * (<script type="application/json" id="oih-words">; see
 * site_build/pages/script_words.py); no script holds a sentence of its own.
 *
 *   window.oihWords(key, values?) -> string
 *     "{name}" in the words is replaced by values.name.
 */
(function () {
  "use strict";
  var node = document.getElementById("oih-words");
  var words = node ? JSON.parse(node.textContent) : {};

  window.oihWords = function (key, values) {
    var text = words[key];
    // A missing key is a build bug the tests catch; show the key rather than nothing.
    if (typeof text !== "string") return key;
    if (!values) return text;
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  };
})();

/// The fixed parts of the HTML report: head with the style sheet, and the script that shows
/// the folders. Nothing here comes from the folders; the script reads them from the inert
/// JSON blocks and writes them with `textContent` only.
public enum HTMLPage {
    /// The report's style sheet, also used by the page of `expediente serve`.
    public static let styleSheet = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1200px;padding:0 16px 32px;color:#1d2327;background:#f6f7f7;display:flex;flex-direction:column}
        header{order:-2}#resumen{order:-1}
        h1{margin:16px 0 4px;font-size:1.5em}h2{font-size:1.15em;margin:8px 0}h3{font-size:1em;margin:4px 0}
        #filtros{display:flex;flex-wrap:wrap;gap:12px;align-items:center;padding:8px 12px;background:#fff;border:1px solid #dcdcde;border-radius:6px;position:sticky;top:0;z-index:1}
        .paginas{display:flex;gap:8px;align-items:center;margin:8px 0}.paginas button{padding:4px 10px}
        table.conteo{border-collapse:collapse;background:#fff;margin:4px 0 8px}table.conteo td,table.conteo th{border:1px solid #dcdcde;padding:3px 8px;text-align:left}td.n{text-align:right}
        article.carpeta{background:#fff;border:1px solid #dcdcde;border-left:6px solid #8c8f94;border-radius:6px;margin:10px 0;padding:8px 12px}
        .estatus-EN_PROCESO_DE_VALIDACION,.estatus-VALIDADO{border-left-color:#00a32a!important}.estatus-CON_OBSERVACIONES{border-left-color:#dba617!important}
        .estatus-ANULADO{border-left-color:#d63638!important}.estatus-PENDIENTE_DE_VALIDAR{border-left-color:#2271b1!important}
        .etiqueta{font-size:.8em;padding:1px 6px;border-radius:4px;background:#f0f0f1;margin-left:6px;font-weight:normal}
        .documentos{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:8px}
        .documento{display:flex;gap:8px;border-top:1px solid #f0f0f1;padding-top:6px}
        .documento img,.sin-imagen{width:120px;min-width:120px;height:auto;border:1px solid #dcdcde;background:#fafafa}
        .sin-imagen{height:80px;display:flex;align-items:center;justify-content:center;font-size:.75em;color:#646970;text-align:center}
        dl.datos{display:grid;grid-template-columns:auto 1fr;gap:0 8px;margin:4px 0;font-size:.85em}dl.datos dt{color:#646970}dl.datos dd{margin:0;overflow-wrap:anywhere}
        ul.hallazgos{margin:4px 0;padding-left:18px;font-size:.9em}ul.hallazgos li{margin:2px 0}
        .sev-anulacion .sev,.sev-observacion .sev{color:#d63638;font-weight:bold}.sev-aviso .sev{color:#996800;font-weight:bold}
        p.aviso{background:#fcf9e8;border-left:4px solid #996800;padding:.3em .6em}
        .valores{color:#646970;font-size:.9em}.arreglo{color:#135e96}.ok{color:#00a32a}code{font-size:.9em}
        .resaltado{background:#fcf9e8}
        """

    /// The report script's functions that draw one folder (`carpeta(d)`, with `hallazgos` and `datos`),
    /// also used by the page of `expediente serve`. They need `el`, `estado.check` and `COLORES`.
    public static let folderFunctions = """
          function hallazgos(lista) {
            var ul = el('ul', 'hallazgos');
            lista.forEach(function (h) {
              var li = el('li', 'sev-' + h.severity + (h.checks.indexOf(estado.check) >= 0 ? ' resaltado' : ''));
              li.appendChild(el('span', 'sev', h.label));
              li.appendChild(document.createTextNode(' '));
              li.appendChild(el('code', 'check', '[' + h.check + ']'));
              li.appendChild(document.createTextNode(' ' + h.message));
              if (h.expected !== null || h.actual !== null) {
                li.appendChild(el('div', 'valores', 'esperado: ' + (h.expected === null ? '—' : h.expected) + ' · encontrado: ' + (h.actual === null ? '—' : h.actual)));
              }
              if (h.hint !== null) { li.appendChild(el('div', 'arreglo', '→ Cómo corregirlo: ' + h.hint)); }
              ul.appendChild(li);
            });
            return ul;
          }

          function datos(f) {
            var dl = el('dl', 'datos');
            function fila(nombre, valor) { dl.appendChild(el('dt', null, nombre)); dl.appendChild(el('dd', null, valor)); }
            if (!f) { fila('Datos', 'no se midieron'); return dl; }
            if (f.bytes !== null) { fila('Tamaño', Math.ceil(f.bytes / 1024) + ' KB (' + f.bytes + ' bytes)'); }
            if (f.width !== null) { fila('Dimensiones', f.width + ' × ' + f.height + ' px'); }
            if (f.dpi !== null) { fila('Resolución', f.dpi + ' ppp' + (f.dpi_inferred ? ' (inferida del tamaño de la hoja)' : '')); }
            if (f.color !== null) { fila('Color', COLORES[f.color] || f.color); }
            if (f.qr !== null) { fila('QR', f.qr.length ? f.qr.join(' | ') : 'no se leyó ninguno'); }
            return dl;
          }

          function carpeta(d) {
            var art = el('article', 'carpeta estatus-' + d.status);
            var h2 = el('h2', null, d.path);
            h2.appendChild(el('span', 'etiqueta estatus', d.status));
            art.appendChild(h2);
            art.appendChild(el('p', 'convocatoria', d.call));
            if (d.call_note) { art.appendChild(el('p', 'aviso', d.call_note)); }
            art.appendChild(el('p', null, d.label + ' · ' + d.counts[0] + ' anulación(es), ' + d.counts[1] + ' observación(es), ' + d.counts[2] + ' aviso(s)'));
            if (d.folder.length) {
              art.appendChild(el('h3', null, 'Carpeta'));
              art.appendChild(hallazgos(d.folder));
            }
            var docs = el('div', 'documentos');
            d.documents.forEach(function (doc) {
              var div = el('div', 'documento');
              if (doc.thumb) {
                var img = el('img');
                img.loading = 'lazy';
                img.decoding = 'async';
                img.alt = 'Vista previa de ' + doc.file;
                img.src = 'data:image/jpeg;base64,' + doc.thumb;
                div.appendChild(img);
              } else {
                div.appendChild(el('div', 'sin-imagen', 'sin vista previa'));
              }
              var info = el('div', 'info');
              info.appendChild(el('h3', 'archivo', doc.kind + ' — ' + doc.file));
              info.appendChild(datos(doc.facts));
              if (doc.findings.length) { info.appendChild(hallazgos(doc.findings)); } else { info.appendChild(el('p', 'ok', '✓ sin observaciones')); }
              div.appendChild(info);
              docs.appendChild(div);
            });
            art.appendChild(docs);
            return art;
          }
        """

    static func head(title: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="es">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
        <title>\(title)</title>
        <style>
        \(styleSheet)
        </style>
        </head>
        <body>

        """
    }

    static let script = """
        <script>
        (function () {
          'use strict';
          var POR_PAGINA = 50;
          // The folders' JSON stays text until its page is shown; the blocks leave the DOM.
          var bloques = Array.prototype.slice.call(document.querySelectorAll('script.carpeta')).map(function (b) {
            return { estatus: b.getAttribute('data-status'), checks: ' ' + b.getAttribute('data-checks') + ' ',
                     ruta: b.getAttribute('data-path').toLowerCase(), json: b.textContent };
          });
          document.getElementById('datos').remove();
          var fEstatus = document.getElementById('f-estatus');
          var fCheck = document.getElementById('f-check');
          var fTexto = document.getElementById('f-texto');
          var lista = document.getElementById('lista');
          var contador = document.getElementById('contador');
          var estado = { estatus: '', check: '', texto: '', pagina: 0 };
          var COLORES = { grayscale: 'escala de grises', ycbcr: 'color (YCbCr)', rgb: 'color (RGB)', cmyk: 'CMYK', ycck: 'YCCK', unknown: 'desconocido' };

          var catalogo = JSON.parse(document.getElementById('catalogo').textContent);
          catalogo.checks.forEach(function (c) {
            var o = document.createElement('option');
            o.value = c.id;
            o.textContent = c.id + ' (' + c.folders + ')';
            fCheck.appendChild(o);
          });

          function el(tag, clase, texto) {
            var e = document.createElement(tag);
            if (clase) { e.className = clase; }
            if (texto !== undefined && texto !== null) { e.textContent = texto; }
            return e;
          }

          function coincide(b) {
            if (estado.estatus && b.estatus !== estado.estatus) { return false; }
            if (estado.check && b.checks.indexOf(' ' + estado.check + ' ') < 0) { return false; }
            if (estado.texto && b.ruta.indexOf(estado.texto) < 0) { return false; }
            return true;
          }

        \(folderFunctions)

          function paginacion(nav, paginas) {
            nav.textContent = '';
            if (paginas <= 1) { return; }
            var antes = el('button', null, '« Anterior');
            antes.disabled = estado.pagina === 0;
            antes.onclick = function () { estado.pagina -= 1; mostrar(); };
            var despues = el('button', null, 'Siguiente »');
            despues.disabled = estado.pagina >= paginas - 1;
            despues.onclick = function () { estado.pagina += 1; mostrar(); };
            nav.appendChild(antes);
            nav.appendChild(el('span', null, 'Página ' + (estado.pagina + 1) + ' de ' + paginas));
            nav.appendChild(despues);
          }

          var mostrar = function () {
            var visibles = bloques.filter(coincide);
            var paginas = Math.max(1, Math.ceil(visibles.length / POR_PAGINA));
            estado.pagina = Math.min(estado.pagina, paginas - 1);
            lista.textContent = '';
            visibles.slice(estado.pagina * POR_PAGINA, (estado.pagina + 1) * POR_PAGINA).forEach(function (b) {
              lista.appendChild(carpeta(JSON.parse(b.json)));
            });
            contador.textContent = visibles.length + ' de ' + bloques.length + ' carpeta(s)';
            paginacion(document.getElementById('paginas-arriba'), paginas);
            paginacion(document.getElementById('paginas-abajo'), paginas);
          };

          // The filters live in the address (#estatus=…&check=…&carpeta=…&pagina=…): a view can be shared or bookmarked.
          function leerDireccion() {
            var p = new URLSearchParams(location.hash.slice(1));
            estado.estatus = p.get('estatus') || '';
            estado.check = p.get('check') || '';
            estado.texto = (p.get('carpeta') || '').toLowerCase();
            estado.pagina = Math.max(0, (parseInt(p.get('pagina'), 10) || 1) - 1);
            fEstatus.value = estado.estatus;
            fCheck.value = estado.check;
            fTexto.value = p.get('carpeta') || '';
          }

          function guardarDireccion() {
            var p = new URLSearchParams();
            if (estado.estatus) { p.set('estatus', estado.estatus); }
            if (estado.check) { p.set('check', estado.check); }
            if (estado.texto) { p.set('carpeta', fTexto.value); }
            if (estado.pagina) { p.set('pagina', String(estado.pagina + 1)); }
            history.replaceState(null, '', '#' + p.toString());
          }

          var mostrarPagina = mostrar;
          mostrar = function () { mostrarPagina(); guardarDireccion(); };
          fEstatus.onchange = function () { estado.estatus = fEstatus.value; estado.pagina = 0; mostrar(); };
          fCheck.onchange = function () { estado.check = fCheck.value; estado.pagina = 0; mostrar(); };
          fTexto.oninput = function () { estado.texto = fTexto.value.toLowerCase(); estado.pagina = 0; mostrar(); };
          leerDireccion();
          mostrarPagina();
          // How long the page took to show its first folders, for scripts/bench-html.
          document.body.setAttribute('data-listo-ms', String(Math.round(performance.now())));
        }());
        </script>

        """
}

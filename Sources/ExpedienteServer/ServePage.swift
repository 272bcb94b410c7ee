import ExpedienteKit
import Foundation

/// The page of `expediente serve`: one self-contained Spanish page (inline style and script,
/// no outside resource, works offline), keyboard-usable. It sends the chosen files to
/// `/api/revisar` as soon as they are chosen and shows the answer with the HTML report's data
/// (`HTMLReporter.folderView`) and style sheet (`HTMLPage.styleSheet`); it writes everything from
/// the server with `textContent`, never as markup.
struct ServePage: Sendable {
    let calls: [Convocatoria]
    let newest: Convocatoria
    let limits: UploadLimits

    /// In the page's `<meta>`: only data: images, its own style and script, and requests to this server.
    static let pagePolicy =
        "default-src 'none'; img-src data: blob:; style-src 'unsafe-inline'; script-src 'unsafe-inline'; connect-src 'self'; "
        + "form-action 'none'; base-uri 'none'"
    /// The header adds what a `<meta>` cannot say: no other site may frame the page.
    static let contentSecurityPolicy = pagePolicy + "; frame-ancestors 'none'"

    /// What the script needs of the rules: each call with its profiles and its registro form.
    var catalog: JSONValue {
        .object([
            ("newest", .string(newest.id)),
            ("max_files", .number(limits.maxFiles)),
            ("calls", .array(calls.map { call in
                .object([
                    ("id", .string(call.id)),
                    ("title", .string(call.title)),
                    ("perfiles", .array(call.file.perfiles.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })),
                    ("grades", .array((call.file.registro?.calificaciones ?? []).map {
                        .object([("id", .string($0.id)), ("title", .string($0.title))])
                    })),
                    ("enarm", .bool(call.file.registro?.enarm != nil)),
                    ("publicaciones", .bool(call.file.registro?.publicaciones != nil)),
                    ("cer", .bool(call.especialidades != nil)),
                ])
            })),
        ])
    }

    func html(token: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="es">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="\(Self.pagePolicy)">
        <meta name="expediente-token" content="\(token)">
        <title>Revise su expediente — expediente</title>
        <style>
        \(HTMLPage.styleSheet)
        \(Self.style)
        </style>
        </head>
        <body>
        <header><h1>Revise su expediente antes de enviarlo</h1>
        <p>Elija los archivos JPG de su expediente: se revisan en esta computadora, con las reglas de la convocatoria, y nada sale de ella.</p></header>
        <main id="pagina">
        <section class="panel" aria-labelledby="t-datos">
        <h2 id="t-datos">1. Convocatoria y perfil</h2>
        <div class="fila">
        <label>Convocatoria <select id="convocatoria"></select></label>
        <label>Perfil <select id="perfil"></select></label>
        </div>
        <details id="registro"><summary>Datos de su registro (opcional: se comparan con sus documentos)</summary>
        <div class="fila">
        <label>CURP <input id="r-curp" maxlength="18" autocomplete="off" spellcheck="false" size="20"></label>
        <label id="l-enarm">Edición del ENARM <input id="r-edicion" placeholder="p. ej. XLVIII" size="8"></label>
        <label>Identificación <select id="r-identificacion"><option value="">—</option><option value="ine">INE</option><option value="pasaporte">Pasaporte</option><option value="matricula_consular">Matrícula consular</option></select></label>
        </div>
        <fieldset id="calificaciones"><legend>Calificaciones (base 100, como en el formulario)</legend><div class="fila" id="r-calificaciones"></div></fieldset>
        <fieldset id="cer"><legend>Opción del CER (tabla 1)</legend><div class="fila">
        <label>CER <input id="r-cer" size="22"></label><label>CEME <input id="r-ceme" size="22"></label><label>Grado <input id="r-grado" size="3" inputmode="numeric"></label>
        </div></fieldset>
        <fieldset id="publicaciones"><legend>Publicaciones</legend>
        <label>Una por renglón: documento, autoría, DOI[, ISSN, fecha AAAA-MM-DD]<br>
        <textarea id="r-publicaciones" rows="3" cols="70" placeholder="PUBLICACION1, 1, 10.5281/zenodo.1000001, 0028-4793, 2024-06-15"></textarea></label>
        </fieldset>
        </details>
        </section>
        <section class="panel" aria-labelledby="t-archivos">
        <h2 id="t-archivos">2. Sus archivos</h2>
        <div id="soltar" tabindex="0" role="button" aria-describedby="soltar-ayuda">
        <p><strong>Arrastre aquí los archivos o la carpeta</strong></p>
        <p id="soltar-ayuda">o elíjalos (se revisan en cuanto los elija):</p>
        <div class="fila">
        <label class="boton">Elegir archivos <input id="archivos" type="file" multiple accept=".jpg,.jpeg,.png,.pdf,.yaml,.yml,.json,image/*"></label>
        <label class="boton">Elegir una carpeta <input id="carpeta" type="file" webkitdirectory multiple></label>
        </div>
        </div>
        <p id="elegidos" aria-live="polite"></p>
        <div id="avance" hidden><progress id="barra" max="100"></progress> <span id="avance-texto"></span></div>
        <p id="error" class="error" role="alert" hidden></p>
        </section>
        <section class="panel" id="resultado" aria-labelledby="t-resultado" hidden>
        <h2 id="t-resultado">3. Resultado</h2>
        <div class="fila acciones">
        <button id="corregir" type="button">Corregir y descargar</button>
        <span>Descargar informe: <button id="informe-html" type="button">HTML</button> <button id="informe-json" type="button">JSON</button></span>
        </div>
        <div id="carpeta-resultado"></div>
        </section>
        </main>
        <script type="application/json" id="catalogo">\(Self.scriptSafe(catalog.serialized()))</script>
        \(Self.script)
        </body>
        </html>

        """
    }

    static let style = """
        #pagina{display:flex;flex-direction:column;gap:12px}.panel{background:#fff;border:1px solid #dcdcde;border-radius:6px;padding:8px 16px}
        .fila{display:flex;flex-wrap:wrap;gap:12px;align-items:center;margin:6px 0}fieldset{border:1px solid #dcdcde;border-radius:4px;margin:8px 0}
        #soltar{border:2px dashed #8c8f94;border-radius:8px;padding:12px 16px;text-align:center}#soltar.encima,#soltar:focus{border-color:#2271b1;background:#f0f6fc;outline:none}
        .boton{display:inline-block;padding:6px 12px;border:1px solid #2271b1;border-radius:4px;color:#2271b1;cursor:pointer}
        .boton:focus-within{outline:2px solid #2271b1}.boton input{position:absolute;opacity:0;width:1px;height:1px}
        button{padding:6px 12px;font-size:1em}.acciones button#corregir{background:#2271b1;color:#fff;border:1px solid #135e96;border-radius:4px}
        .error{background:#fcf0f1;border-left:4px solid #d63638;padding:.4em .8em}progress{width:240px}
        """

    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e")
            .replacingOccurrences(of: "&", with: "\\u0026")
    }

    static var script: String {
        """
        <script>
        (function () {
          'use strict';
          var token = document.querySelector('meta[name="expediente-token"]').content;
          var catalogo = JSON.parse(document.getElementById('catalogo').textContent);
          var $ = function (id) { return document.getElementById(id); };
          var archivos = [];
          var ultimo = null;
          var pendiente = null;
          var COLORES = { grayscale: 'escala de grises', ycbcr: 'color (YCbCr)', rgb: 'color (RGB)', cmyk: 'CMYK', ycck: 'YCCK', unknown: 'desconocido' };

          function el(tag, clase, texto) {
            var e = document.createElement(tag);
            if (clase) { e.className = clase; }
            if (texto !== undefined && texto !== null) { e.textContent = texto; }
            return e;
          }
          function opcion(valor, texto) { var o = el('option', null, texto); o.value = valor; return o; }

          // Convocatoria, perfil and the registro form follow the chosen call.
          var selConv = $('convocatoria');
          selConv.appendChild(opcion('', 'La que indique su registro o sus documentos (si nada la indica: ' + catalogo.newest + ')'));
          catalogo.calls.forEach(function (c) { selConv.appendChild(opcion(c.id, c.id + ' — ' + c.title)); });
          function llamada() {
            var id = selConv.value || catalogo.newest;
            return catalogo.calls.filter(function (c) { return c.id === id; })[0] || catalogo.calls[0];
          }
          function ajustarFormulario() {
            var c = llamada();
            var selPerfil = $('perfil');
            var antes = selPerfil.value;
            selPerfil.textContent = '';
            selPerfil.appendChild(opcion('', 'El de su registro (o todos)'));
            c.perfiles.forEach(function (p) { selPerfil.appendChild(opcion(p.id, p.title)); });
            selPerfil.value = antes;
            if (selPerfil.value !== antes) { selPerfil.value = ''; }
            var cal = $('r-calificaciones');
            var valores = {};
            Array.prototype.forEach.call(cal.querySelectorAll('input'), function (i) { valores[i.name] = i.value; });
            cal.textContent = '';
            c.grades.forEach(function (g) {
              var l = el('label', null, g.title + ' ');
              var i = el('input');
              i.name = g.id; i.size = 6; i.inputMode = 'decimal'; i.value = valores[g.id] || '';
              l.appendChild(i);
              cal.appendChild(l);
            });
            $('calificaciones').hidden = c.grades.length === 0;
            $('l-enarm').hidden = !c.enarm;
            $('cer').hidden = !c.cer;
            $('publicaciones').hidden = !c.publicaciones;
          }
          ajustarFormulario();

          // The form as the keys of REGISTRO.yaml; null when nothing was filled in.
          function registro() {
            var r = {};
            var v = function (id) { return $(id).value.trim(); };
            if (v('r-curp')) { r.curp = v('r-curp').toUpperCase(); }
            if (!$('l-enarm').hidden && v('r-edicion')) { r.edicion_enarm = v('r-edicion'); }
            if (v('r-identificacion')) { r.identificacion = v('r-identificacion'); }
            var cal = {};
            Array.prototype.forEach.call($('r-calificaciones').querySelectorAll('input'), function (i) {
              var t = i.value.trim().replace(',', '.');
              if (t) { cal[i.name] = isNaN(Number(t)) ? t : Number(t); }
            });
            if (!$('calificaciones').hidden && Object.keys(cal).length) { r.calificaciones = cal; }
            if (!$('cer').hidden && (v('r-cer') || v('r-ceme') || v('r-grado'))) {
              r.especialidad = {};
              if (v('r-cer')) { r.especialidad.cer = v('r-cer'); }
              if (v('r-ceme')) { r.especialidad.ceme = v('r-ceme'); }
              if (v('r-grado')) { r.especialidad.grado = isNaN(Number(v('r-grado'))) ? v('r-grado') : Number(v('r-grado')); }
            }
            if (!$('publicaciones').hidden && v('r-publicaciones')) {
              r.publicaciones = v('r-publicaciones').split('\\n').filter(function (l) { return l.trim(); }).map(function (l) {
                var p = l.split(',').map(function (s) { return s.trim(); });
                var o = { documento: p[0] };
                if (p[1]) { o.autoria = isNaN(Number(p[1])) ? p[1] : Number(p[1]); }
                if (p[2]) { o.doi = p[2]; }
                if (p[3]) { o.issn = p[3]; }
                if (p[4]) { o.fecha = p[4]; }
                return o;
              });
            }
            return Object.keys(r).length ? r : null;
          }

          function formulario(extra) {
            var fd = new FormData();
            fd.append('convocatoria', selConv.value);
            fd.append('perfil', $('perfil').value);
            var r = registro();
            if (r) { fd.append('registro', JSON.stringify(r)); }
            Object.keys(extra || {}).forEach(function (k) { fd.append(k, extra[k]); });
            archivos.forEach(function (f) { fd.append('archivo', f, f.name); });
            return fd;
          }

          function mostrarError(texto) { $('error').textContent = texto; $('error').hidden = !texto; }
          // avance(null): hidden; without a percentage: an indeterminate bar.
          function avance(texto, porcentaje) {
            $('avance').hidden = texto === null;
            $('avance-texto').textContent = texto || '';
            if (typeof porcentaje === 'number') { $('barra').value = porcentaje; } else { $('barra').removeAttribute('value'); }
          }

          // One POST with the upload's progress; the answer as text (JSON) or a blob (downloads).
          function enviar(ruta, fd, tipo, listo) {
            var xhr = new XMLHttpRequest();
            xhr.open('POST', ruta);
            xhr.setRequestHeader('X-Expediente-Token', token);
            xhr.responseType = tipo;
            xhr.upload.onprogress = function (e) {
              if (e.lengthComputable) { avance('Enviando los archivos… ' + Math.round(100 * e.loaded / e.total) + ' %', Math.round(100 * e.loaded / e.total)); }
            };
            xhr.upload.onload = function () { avance(ruta === '/api/corregir' ? 'Corrigiendo…' : 'Revisando…', null); };
            xhr.onerror = function () { avance(null); mostrarError('No se pudo hablar con expediente serve: ¿sigue abierto en la terminal?'); };
            xhr.onload = function () {
              avance(null);
              if (xhr.status === 200) { listo(xhr.response); return; }
              var leer = function (texto) {
                try { mostrarError(JSON.parse(texto).error.message); } catch (e) { mostrarError('Error ' + xhr.status + '.'); }
              };
              if (tipo === 'blob') { xhr.response.text().then(leer); } else { leer(xhr.response); }
            };
            avance('Enviando los archivos…', 0);
            xhr.send(fd);
          }

          function descargar(blob, nombre) {
            var a = el('a');
            a.href = URL.createObjectURL(blob);
            a.download = nombre;
            document.body.appendChild(a);
            a.click();
            setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 60000);
          }

          function revisar() {
            if (!archivos.length) { return; }
            mostrarError('');
            document.body.removeAttribute('data-estatus');
            enviar('/api/revisar', formulario(), 'text', function (texto) {
              ultimo = JSON.parse(texto);
              mostrar(ultimo.view);
              document.body.setAttribute('data-estatus', ultimo.report.status);
            });
          }

          function elegir(lista) {
            var todos = Array.prototype.slice.call(lista);
            // From a folder: only the files directly inside the chosen folder.
            var directos = todos.filter(function (f) { return !f.webkitRelativePath || f.webkitRelativePath.split('/').length <= 2; });
            archivos = directos.length ? directos : todos;
            $('elegidos').textContent = archivos.length + ' archivo(s): ' + archivos.map(function (f) { return f.name; }).join(', ');
            revisar();
          }
          $('archivos').onchange = function () { elegir(this.files); };
          $('carpeta').onchange = function () { elegir(this.files); };
          var zona = $('soltar');
          zona.onkeydown = function (e) { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); $('archivos').click(); } };
          zona.ondragover = function (e) { e.preventDefault(); zona.classList.add('encima'); };
          zona.ondragleave = function () { zona.classList.remove('encima'); };
          zona.ondrop = function (e) {
            e.preventDefault();
            zona.classList.remove('encima');
            var items = e.dataTransfer.items;
            var entrada = items && items.length === 1 && items[0].webkitGetAsEntry && items[0].webkitGetAsEntry();
            if (entrada && entrada.isDirectory) {
              entrada.createReader().readEntries(function (hijos) {
                var pend = hijos.filter(function (h) { return h.isFile; });
                var leidos = [];
                if (!pend.length) { elegir([]); return; }
                pend.forEach(function (h) { h.file(function (f) { leidos.push(f); if (leidos.length === pend.length) { elegir(leidos); } }); });
              });
            } else {
              elegir(e.dataTransfer.files);
            }
          };
          // A changed choice or registro checks again.
          function otraVez() { clearTimeout(pendiente); pendiente = setTimeout(revisar, 400); }
          selConv.onchange = function () { ajustarFormulario(); otraVez(); };
          $('perfil').onchange = otraVez;
          $('registro').addEventListener('change', otraVez);

          $('corregir').onclick = function () {
            mostrarError('');
            enviar('/api/corregir', formulario(), 'blob', function (blob) {
              descargar(blob, 'expediente-corregido.zip');
              document.body.setAttribute('data-corregido', 'si');
            });
          };
          $('informe-html').onclick = function () {
            mostrarError('');
            enviar('/api/informe', formulario({ formato: 'html' }), 'blob', function (blob) { descargar(blob, 'informe.html'); });
          };
          $('informe-json').onclick = function () {
            if (ultimo) { descargar(new Blob([JSON.stringify(ultimo.report, null, 2) + '\\n'], { type: 'application/json' }), 'informe.json'); }
          };

          // The folder as the HTML report shows it: the same data (HTMLReporter.folderView) drawn
          // by the same functions (HTMLPage.folderFunctions: carpeta, hallazgos, datos).
          var estado = { check: '' };
        \(HTMLPage.folderFunctions)

          function mostrar(d) {
            d.path = 'Su expediente';
            var destino = $('carpeta-resultado');
            destino.textContent = '';
            var h = el('h3', 'estatus-resumen', 'Estatus: ');
            h.id = 'estatus';
            h.appendChild(el('span', 'estatus', d.status));
            h.appendChild(el('span', 'perspectiva', ' — ' + d.label));
            destino.appendChild(h);
            destino.appendChild(carpeta(d));
            $('resultado').hidden = false;
            h.tabIndex = -1;
            h.focus();
          }
        }());
        </script>
        """
    }
}

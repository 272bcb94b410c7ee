#!/usr/bin/env python3
"""The page of `expediente serve` in headless Chromium through Selenium (scripts/test-serve).

    serve-browser-check.py URL SAMPLE_FOLDER DOWNLOADS EXPEDIENTE_BINARY

Chooses the files of SAMPLE_FOLDER in the page's file input, waits for the status, compares the
status and the findings shown (check ids; the findings about one file's name are one entry) with
SAMPLE_FOLDER.expected.json, checks every document has its thumbnail and the status its outlook
words, reaches "Corregir y descargar" with the keyboard from the status (where the page puts the
focus) and presses Enter, and checks that the folder in the downloaded ZIP passes
`expediente check` (exit code 0). Then, on a new page each: the folder chosen with the folder
picker, the files dropped on the drop zone (a drop event carrying them), and the drop zone
reached with the Tab key; each must give the same status.
SE_OFFLINE=true and the driver's path keep Selenium from looking anything up on the network.
"""
import json
import os
import subprocess
import sys
import time
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def fail(message):
    print("FALLA: " + message, file=sys.stderr)
    sys.exit(1)


def wait_status(driver, how, wanted):
    driver.find_element(By.TAG_NAME, "body")
    WebDriverWait(driver, 120).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-estatus"))
    status = driver.find_element(By.TAG_NAME, "body").get_attribute("data-estatus")
    if status != wanted:
        fail(f"{how}: estatus {status}, se esperaba {wanted}")


def other_ways(driver, url, folder, files, wanted):
    """The folder picker, a drop on the drop zone, and the drop zone reached with Tab."""
    driver.get(url)
    driver.find_element(By.ID, "carpeta").send_keys(os.path.abspath(folder))
    wait_status(driver, "carpeta elegida", wanted)

    driver.get(url)
    # A drop carrying the files, as the browser makes it when files are dragged onto the zone:
    # the files come from a file input the script adds (no test can drag from the desktop).
    driver.execute_script("var i = document.createElement('input'); i.type = 'file'; i.multiple = true;"
                          " i.id = 'prueba-soltar'; document.body.appendChild(i);")
    driver.find_element(By.ID, "prueba-soltar").send_keys("\n".join(files))
    driver.execute_script("var dt = new DataTransfer();"
                          " Array.prototype.forEach.call(document.getElementById('prueba-soltar').files, function (f) { dt.items.add(f); });"
                          " var zona = document.getElementById('soltar');"
                          " zona.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                          " zona.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));")
    wait_status(driver, "archivos soltados", wanted)

    driver.get(url)
    for _ in range(40):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        if driver.switch_to.active_element.get_attribute("id") == "soltar":
            break
    else:
        fail("la zona para soltar archivos no se alcanza con Tab")
    print(f"Navegador: estatus {wanted} también con la carpeta elegida y con los {len(files)} archivos soltados; "
          "la zona para soltar se alcanza con Tab")


def main():
    url, folder, downloads, binary = sys.argv[1:5]
    if os.environ.get("SE_OFFLINE") != "true":
        fail("SE_OFFLINE=true debe estar puesto")
    expected = json.load(open(folder.rstrip("/") + ".expected.json", encoding="utf-8"))
    files = sorted(os.path.abspath(os.path.join(folder, n)) for n in os.listdir(folder))

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    profile = os.path.abspath(os.path.join(downloads, os.pardir, "perfil"))
    os.makedirs(profile, exist_ok=True)
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1600", "--user-data-dir=" + profile]:
        options.add_argument(argument)
    options.add_experimental_option("prefs", {
        "download.default_directory": os.path.abspath(downloads),
        "download.prompt_for_download": False,
    })
    driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
    try:
        started = time.monotonic()
        driver.get(url)
        # Choosing the files starts the check: no other click.
        driver.find_element(By.ID, "archivos").send_keys("\n".join(files))
        WebDriverWait(driver, 120).until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-estatus"))
        checked = time.monotonic() - started
        # The page with its result, for the README (scripts/test-serve --update-screenshot).
        driver.save_screenshot(os.path.join(downloads, os.pardir, "pagina.png"))
        status = driver.find_element(By.TAG_NAME, "body").get_attribute("data-estatus")
        if status != expected["status"]:
            fail(f"estatus {status}, se esperaba {expected['status']}")
        shown_status = driver.find_element(By.CSS_SELECTOR, "#estatus .estatus").text
        if shown_status != expected["status"]:
            fail(f"la página muestra el estatus {shown_status}")
        outlook = driver.find_element(By.CSS_SELECTOR, "#estatus .perspectiva").text
        if not outlook:
            fail("falta el texto del estatus")
        entries = [c.text.strip("[]") for c in driver.find_elements(By.CSS_SELECTOR, "ul.hallazgos li code.check")]
        shown = [check for entry in entries for check in entry.split(", ")]
        wanted = [o["check"] for o in expected["observations"]]
        if sorted(shown) != sorted(wanted):
            fail(f"hallazgos mostrados {shown}, esperados {wanted}")
        messages = [li.text for li in driver.find_elements(By.CSS_SELECTOR, "ul.hallazgos li")]
        grouped = [e for e in entries if ", " in e]
        for o in expected["observations"]:
            in_group = o["check"].startswith("name.") and any(o["check"] in e.split(", ") for e in grouped)
            words = ("El nombre «" + o["file"] + "»") if in_group else o["message"]
            if not any(words in m for m in messages):
                fail("no se muestra el mensaje: " + words)
        hints = driver.find_elements(By.CSS_SELECTOR, "ul.hallazgos li .arreglo")
        documents = driver.find_elements(By.CSS_SELECTOR, ".documento")
        thumbs = driver.find_elements(By.CSS_SELECTOR, ".documento img[src^='data:image/jpeg;base64,']")
        if len(documents) != len(expected["documents"]) or len(thumbs) != len(documents):
            fail(f"{len(documents)} documentos y {len(thumbs)} miniaturas; se esperaban {len(expected['documents'])}")

        # The keyboard: the page puts the focus on the status; "Corregir y descargar" is a few
        # Shift+Tab before it, and Enter presses it.
        if driver.switch_to.active_element.get_attribute("id") != "estatus":
            fail("el foco no está en el estatus al terminar la revisión")
        for _ in range(6):
            if driver.switch_to.active_element.get_attribute("id") == "corregir":
                break
            ActionChains(driver).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
        if driver.switch_to.active_element.get_attribute("id") != "corregir":
            fail("«Corregir y descargar» no se alcanza con el teclado desde el estatus")
        ActionChains(driver).send_keys(Keys.ENTER).perform()
        zip_path = os.path.join(downloads, "expediente-corregido.zip")
        deadline = time.monotonic() + 120
        while not (os.path.exists(zip_path) and not any(n.endswith(".crdownload") for n in os.listdir(downloads))):
            error = driver.find_element(By.ID, "error")
            if error.is_displayed():
                fail("la página dice: " + error.text)
            if time.monotonic() > deadline:
                fail("no se descargó expediente-corregido.zip")
            time.sleep(0.2)
        fixed = time.monotonic() - started
        unpacked = os.path.join(downloads, "zip")
        with zipfile.ZipFile(zip_path) as archive:
            names = archive.namelist()
            archive.extractall(unpacked)
        if "informe-correccion.txt" not in names or "informe-correccion.json" not in names:
            fail(f"el ZIP no trae sus informes: {names}")
        result = subprocess.run([binary, "check", "--rules", "Rules", os.path.join(unpacked, "expediente-corregido")],
                                capture_output=True, text=True)
        if result.returncode != 0:
            fail("la carpeta corregida no pasa expediente check:\n" + result.stdout + result.stderr)
        last = result.stdout.strip().splitlines()[-1]
        print(f"Navegador: {len(files)} archivos elegidos; estatus {status} a los {checked:.1f} s; "
              f"{len(shown)} hallazgos en {len(entries)} entradas ({len(hints)} con su corrección) y {len(thumbs)} miniaturas como se esperaba; "
              f"«Corregir y descargar» con el teclado: ZIP de {os.path.getsize(zip_path)} bytes ({len(names)} entradas) a los {fixed:.1f} s; "
              f"expediente check de la carpeta corregida: código 0 ({last})")
        other_ways(driver, url, folder, files, expected["status"])
    finally:
        driver.quit()


if __name__ == "__main__":
    main()

"""Desktop integration files in `resources/`: one application id everywhere, valid files.

The external validators run only where they are installed (CI installs them from Debian).
"""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from careerjournal import APP_ID, __version__

ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SVG = RESOURCES / f"{APP_ID}.svg"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_path(size: int) -> Path:
    return RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == PNG_SIGNATURE, f"{path} is not a PNG"
    assert header[12:16] == b"IHDR"
    return struct.unpack(">II", header[16:24])


def read_desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_files_exist():
    for path in (SVG, DESKTOP, METAINFO, *(png_path(size) for size in SIZES)):
        assert path.is_file(), path


def test_app_id_is_reverse_dns():
    parts = APP_ID.split(".")
    assert len(parts) >= 3
    assert all(part.isidentifier() for part in parts)


def test_svg_is_full_colour():
    text = SVG.read_text(encoding="utf-8")
    assert "currentColor" not in text
    ET.fromstring(text)


@pytest.mark.parametrize("size", SIZES)
def test_png_sizes(size):
    assert png_size(png_path(size)) == (size, size)


def test_desktop_file_has_required_keys():
    entry = read_desktop()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Career Journal"
    assert entry["Exec"] == "careerjournal"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["StartupWMClass"] == "careerjournal"
    categories = entry["Categories"].rstrip(";").split(";")
    assert {"Office", "ProjectManagement"} <= set(categories)
    assert entry["Keywords"].endswith(";")
    assert entry["Comment"]


def test_metainfo_uses_the_app_id_and_package_version():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component"
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    launchable = root.find("launchable")
    assert launchable is not None
    assert launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP.name
    assert root.findtext("icon") == APP_ID
    assert root.findtext("provides/binary") == "careerjournal"
    assert root.find("content_rating").get("type") == "oars-1.1"
    releases = root.findall("releases/release")
    assert releases
    assert releases[0].get("version") == __version__
    assert releases[0].find("description") is not None


def test_metainfo_screenshots_exist_in_docs():
    root = ET.parse(METAINFO).getroot()
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots
    prefix = "https://raw.githubusercontent.com/careerjournal/careerjournal/main/"
    for shot in screenshots:
        assert shot.findtext("caption")
        url = shot.findtext("image")
        assert url.startswith(prefix), url
        local = ROOT / url.removeprefix(prefix)
        assert local.is_file(), local
        image = shot.find("image")
        assert png_size(local) == (int(image.get("width")), int(image.get("height")))


def test_project_license_matches_pyproject():
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("project_license") == project["license"]
    assert project["version"] == __version__


def run_validator(*command: str) -> None:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed")
    result = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_desktop_file_validate():
    run_validator("desktop-file-validate", str(DESKTOP))


def test_appstreamcli_validate():
    run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))

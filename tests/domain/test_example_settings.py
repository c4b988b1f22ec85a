"""kiosk.example.toml is the documentation of every setting: it must be valid and
complete, and the README must mention every section."""

import tomllib

from pydantic import BaseModel

from kiosk.core.settings import Settings
from kiosk.io.settings_file import load_settings
from tests.conftest import REPO

EXAMPLE = REPO / "kiosk.example.toml"


def keys(model: type[BaseModel], prefix: str = "") -> set[str]:
    found = set()
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found |= keys(annotation, f"{prefix}{name}.")
        else:
            found.add(f"{prefix}{name}")
    return found


def flatten(data: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in data.items():
        if isinstance(value, dict) and value:
            found |= flatten(value, f"{prefix}{key}.")
        else:
            found.add(f"{prefix}{key}")
    return found


def test_example_is_valid_and_equals_the_defaults():
    loaded = load_settings(EXAMPLE, explicit=True)
    assert loaded.problems == []
    assert loaded.settings == Settings()


def test_example_documents_every_key():
    documented = flatten(tomllib.loads(EXAMPLE.read_text("utf-8")))
    text = EXAMPLE.read_text("utf-8")
    documented |= {"hospital.contacts"} if "[[hospital.contacts]]" in text else set()
    assert keys(Settings) == documented


def test_example_take_home_link_is_valid_when_uncommented(tmp_path):
    text = EXAMPLE.read_text("utf-8")
    line = next(x for x in text.splitlines() if x.startswith("# car-t = {"))
    path = tmp_path / "kiosk.toml"
    path.write_text("[take_home.links]\n" + line.removeprefix("# ") + "\n", "utf-8")
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.take_home.links["car-t"].publisher == "St Elsewhere Hospital"


def test_example_contact_block_is_valid_when_uncommented(tmp_path):
    text = EXAMPLE.read_text("utf-8")
    block = text[text.index("# [[hospital.contacts]]") :]
    uncommented = "\n".join(line.removeprefix("# ") for line in block.splitlines())
    path = tmp_path / "kiosk.toml"
    path.write_text('[hospital]\nname = "Test"\n' + uncommented, "utf-8")
    loaded = load_settings(path)
    assert loaded.problems == []
    assert loaded.settings.hospital.contacts[0].name == "Haematology day unit"


def test_readme_mentions_every_section():
    readme = (REPO / "README.md").read_text("utf-8")
    for section in Settings.model_fields:
        assert f"[{section}]" in readme, section

"""The user's language: qmpgui's words through Qt's translators.

Translations are Qt Linguist files compiled to .qm (`pyside6-lrelease`), shipped as
resources/translations/qmpgui_LANG.qm (LANG as QLocale names it: de, pt_BR, ...);
resources/translations/qmpgui.ts is the template, made from the source by
`scripts/translations.sh`. None ships yet, so English shows; Qt's own words (the
buttons of its dialogs) come from Qt's translations where PySide6 has them."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from qmpgui import i18n

#: The translators loaded, kept alive for as long as the application (Qt holds no reference).
_LOADED: list[QTranslator] = []
_log = logging.getLogger(__name__)


def install_translations(
    app: QCoreApplication, locale: QLocale | None = None, folder: Path | None = None
) -> list[str]:
    """Route `qmpgui.i18n.translate` through Qt and load the translations for `locale`
    (the system's by default): qmpgui's own from `folder` (resources/translations by
    default), then Qt's. Returns the paths of the files loaded."""
    i18n.install(QCoreApplication.translate)
    locale = locale or QLocale.system()
    folder = folder or Path(str(resources.files("qmpgui.resources") / "translations"))
    loaded: list[str] = []
    places = (
        ("qmpgui", str(folder)),
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
    )
    for name, place in places:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", place, ".qm"):
            app.installTranslator(translator)
            _LOADED.append(translator)
            loaded.append(translator.filePath())
        elif name == "qmpgui" and locale.language() != QLocale.Language.English:
            # Said where a translator looks for why their file is not taken.
            _log.info("no qmpgui_%s.qm in %s: English shown", locale.name(), place)
    return loaded

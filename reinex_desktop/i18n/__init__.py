"""Languages: Hebrew by default (right-to-left), English second.

Source strings are English; Hebrew comes from `translations/*_he.ts`, compiled to `.qm` files in
`resources/i18n/`. `install_language` is the one place that sets the translators, the default
locale and the layout direction (as Anki does for right-to-left languages).
"""

from reinex_desktop.i18n.install import SUPPORTED_LANGUAGES, install_language, translate

__all__ = ["SUPPORTED_LANGUAGES", "install_language", "translate"]

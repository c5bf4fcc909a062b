/* atlas-test-i18n.c: the app's translations, for every test program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "atlas-test-i18n.h"

/**
 * atlas_test_bind_catalogue:
 *
 * Takes the locale of the environment (g_test_init() and gtk_test_init()
 * keep the C locale, in which gettext ignores LANGUAGE) and the catalogues
 * built in build/po, so that a test sees the texts a teacher would.
 */
void
atlas_test_bind_catalogue (void)
{
  const char *builddir = g_getenv ("G_TEST_BUILDDIR");
  g_autofree char *po = g_build_filename (builddir != NULL ? builddir : "tests", "..", "po", NULL);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, po);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

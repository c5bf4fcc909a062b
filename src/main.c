/* main.c: the entry point of online-safety-atlas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "atlas-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AtlasApplication) application = NULL;

  /* GTK sets the locale when it starts, but --validate runs without it */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* It sets the language chosen in the app, if any, before it translates
   * anything */
  application = atlas_application_new ();

  return g_application_run (G_APPLICATION (application), argc, argv);
}

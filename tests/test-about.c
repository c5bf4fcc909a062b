/* test-about.c: the About window, in each of the app's languages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-test-utils.h"

static gboolean
is_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget);
}

/* The text of the first label under @widget that contains @needle */
static const char *
label_containing (GtkWidget  *widget,
                  const char *needle)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  atlas_test_collect (widget, is_label, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *text = gtk_label_get_text (labels->pdata[i]);

      if (strstr (text, needle) != NULL)
        return text;
    }

  return NULL;
}

/* About → Legal → "Data sources" names GRID, whole, in English, French
 * and Dutch: its text is markup to libadwaita, and an unescaped "&" once
 * left the section empty in all three. It says which edition the profile
 * of the window is, and how many notes on later changes it has. */
static void
test_data_sources (void)
{
  static const struct { const char *language, *heading, *statistics, *profile; } languages[] = {
    { "en", "Data sources", "World Bank",
      "Profile shown: Belgium, 2016 edition. 15 notes on later changes or corrections. "
      "Newest note: 8 April 2024." },
    { "fr", "Sources des données", "Banque mondiale",
      "Profil affiché\u00a0: Belgique, édition 2016. 15 notes sur des changements ultérieurs ou des "
      "corrections. Note la plus récente\u00a0: 8\u00a0avril 2024." },
    { "nl", "Gegevensbronnen", "Wereldbank",
      "Getoond profiel: België, editie 2016. 15 notities over latere wijzigingen of correcties. "
      "Nieuwste notitie: 8 april 2024." },
  };
  AtlasApplication *application = atlas_test_get_application ();
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_window_new (ADW_APPLICATION (application), atlas_test_get_context (), NULL);

  atlas_window_show_profile (window, "resource://" RESOURCE_BASE "/profiles/be.json", profile);
  gtk_window_present (GTK_WINDOW (window));

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      AdwAboutWindow *about;
      const char *text;

      g_action_group_activate_action (G_ACTION_GROUP (application), "language",
                                      g_variant_new_string (languages[i].language));
      while (g_main_context_pending (NULL))
        g_main_context_iteration (NULL, FALSE);

      g_action_group_activate_action (G_ACTION_GROUP (application), "about", NULL);
      about = ADW_ABOUT_WINDOW (atlas_test_find_toplevel (ADW_TYPE_ABOUT_WINDOW));
      g_assert_nonnull (about);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (about));

      g_assert_nonnull (label_containing (GTK_WIDGET (about), languages[i].heading));
      text = label_containing (GTK_WIDGET (about), "Global Resource & Information Directory");
      g_assert_nonnull (text);
      g_assert_nonnull (strstr (text, languages[i].statistics));
      g_assert_nonnull (strstr (text, "Better Internet for Kids"));
      g_assert_nonnull (strstr (text, languages[i].profile));

      gtk_window_destroy (GTK_WINDOW (about));
    }

  g_action_group_activate_action (G_ACTION_GROUP (application), "language", g_variant_new_string ("system"));

  /* The language switch made the window again */
  gtk_window_destroy (gtk_application_get_active_window (GTK_APPLICATION (application)));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/About/data-sources", test_data_sources);

  return g_test_run ();
}

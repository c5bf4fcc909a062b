/* test-menus.c: every menu's access keys, in each language of the app
 *
 * In a menu, Alt and an underlined letter choose an item; two items with
 * the same letter make the key choose neither at once. Translations pick
 * their own letters, so each language is checked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "atlas-language.h"
#include "atlas-test-utils.h"

/* The letter after the underscore of @label ("P_rint" → 'r'), or 0 */
static gunichar
mnemonic (const char *label)
{
  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p != '_')
        continue;
      if (p[1] == '_')
        {
          p++;
          continue;
        }
      return g_unichar_tolower (g_utf8_get_char (p + 1));
    }

  return 0;
}

/* Checks the items of @model and of its sections, which share one set of
 * keys, and each submenu as a menu of its own. Returns how many items
 * have a key. */
static guint
check_menu (GMenuModel  *model,
            GHashTable  *keys,
            const char  *language,
            GString     *problems)
{
  guint n_keys = 0;

  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr(GMenuModel) submenu = g_menu_model_get_item_link (model, i, G_MENU_LINK_SUBMENU);

      if (section != NULL)
        n_keys += check_menu (section, keys, language, problems);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          section == NULL)
        {
          gunichar key = mnemonic (label);
          const char *other;

          if (key != 0)
            {
              n_keys++;
              other = g_hash_table_lookup (keys, GUINT_TO_POINTER (key));
              if (other != NULL)
                {
                  char letter[8] = { 0 };

                  g_unichar_to_utf8 (key, letter);
                  g_string_append_printf (problems, "%s: “%s” and “%s” share Alt+%s\n",
                                          language, other, label, letter);
                }
              else
                g_hash_table_insert (keys, GUINT_TO_POINTER (key), g_strdup (label));
            }
        }

      if (submenu != NULL)
        {
          g_autoptr(GHashTable) own = g_hash_table_new_full (NULL, NULL, NULL, g_free);

          n_keys += check_menu (submenu, own, language, problems);
        }
    }

  return n_keys;
}

static gboolean
is_menu_button (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget);
}

static void
test_mnemonics (void)
{
  static const char * const languages[] = { "en", "fr", "nl" };
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *english_about = NULL;

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      AtlasWindow *window;
      g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
      const char *about;

      atlas_language_set (languages[l]);
      about = _("_About Online Safety Atlas");
      if (l == 0)
        english_about = g_strdup (about);
      else
        g_assert_cmpstr (about, !=, english_about);  /* the translation is there */

      window = atlas_test_create_window (profile, 1024, 768);
      atlas_test_show_page (window, ATLAS_SECTION_RESEARCH);
      atlas_test_collect (GTK_WIDGET (window), is_menu_button, buttons);

      for (guint i = 0; i < buttons->len; i++)
        {
          GtkMenuButton *button = buttons->pdata[i];
          GMenuModel *model;
          g_autoptr(GHashTable) keys = g_hash_table_new_full (NULL, NULL, NULL, g_free);

          /* The main menu is made when it first opens */
          gtk_menu_button_popup (button);
          gtk_menu_button_popdown (button);
          model = gtk_menu_button_get_menu_model (button);

          /* The same menu in the sidebar and above the content */
          if (model == NULL || g_hash_table_contains (seen, model))
            continue;
          g_hash_table_add (seen, model);

          check_menu (model, keys, languages[l], problems);
        }

      /* the main menu, the Research page's export */
      g_assert_cmpuint (g_hash_table_size (seen), >=, 2);
      atlas_test_destroy_window (GTK_WINDOW (window));
    }

  atlas_language_set (NULL);
  if (problems->len > 0)
    g_error ("Access keys used twice in one menu:\n%s", problems->str);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Menus/mnemonics", test_mnemonics);

  return g_test_run ();
}

/* test-locale.c: the profile's figures as teachers see them under their
 * locale, on the Overview, in its charts' tables of values, on slides and
 * in handouts (tests/meson.build runs it under en_US.UTF-8, fr_BE.UTF-8
 * and nl_BE.UTF-8, and the app then speaks the locale's language)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "atlas-handout.h"
#include "atlas-slide.h"
#include "atlas-test-utils.h"

typedef struct {
  const char *language;
  const char *count;         /* the children aged 0-14 */
  const char *percent;       /* the same as a share of the population */
  const char *internet;      /* the internet users' share */
  const char *per_100;       /* mobile subscriptions */
  const char *table_number;  /* a value in a chart's table, as a regex */
} Expected;

/* U+00A0 no-break space, U+202F narrow no-break space */
static const Expected expected[] = {
  { "en", "1,931,829", "16.3%", "94.6%", "103.2 per 100 people",
    "^−?[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]+)?(%| per 100 people)?$" },
  { "fr", "1\u202f931\u202f829", "16,3\u00a0%", "94,6\u00a0%", "103,2 pour 100 habitants",
    "^−?[0-9]{1,3}(\u202f[0-9]{3})*(,[0-9]+)?(\u00a0%| pour 100 habitants)?$" },
  { "nl", "1.931.829", "16,3%", "94,6%", "103,2 per 100 inwoners",
    "^−?[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]+)?(%| per 100 inwoners)?$" },
};

static const Expected *
expected_for_locale (void)
{
  const char *locale = setlocale (LC_MESSAGES, NULL);

  /* A locale that is not installed would fall back to C unnoticed */
  g_assert_cmpstr (locale, ==, g_getenv ("LANG"));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (g_str_has_prefix (locale, expected[i].language))
      return &expected[i];

  g_assert_not_reached ();
}

static gboolean
is_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget);
}

static gboolean
is_expander (GtkWidget *widget)
{
  return GTK_IS_EXPANDER (widget);
}

/* Whether a label under @widget shows exactly @text, or starts with it
 * followed by " · " when @prefix */
static gboolean
has_label (GtkWidget  *widget,
           const char *text,
           gboolean    prefix)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autofree char *start = g_strconcat (text, " · ", NULL);

  atlas_test_collect (widget, is_label, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *shown = gtk_label_get_text (labels->pdata[i]);

      if (g_str_equal (shown, text) || (prefix && g_str_has_prefix (shown, start)))
        return TRUE;
    }

  return FALSE;
}

/* The statistic cards' figures on the Overview, and every number of their
 * charts' tables of values */
static void
test_overview (void)
{
  const Expected *e = expected_for_locale ();
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasWindow *window = atlas_test_create_window (profile, 1280, 800);
  GtkWidget *page = atlas_test_show_page (window, ATLAS_SECTION_OVERVIEW);
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  g_autoptr(GRegex) number = g_regex_new (e->table_number, 0, 0, NULL);
  guint n_numbers = 0;

  g_assert_cmpstr (atlas_profile_get_language (profile), ==, e->language);
  g_assert_true (has_label (page, e->count, FALSE));
  g_assert_true (has_label (page, e->percent, TRUE));
  g_assert_true (has_label (page, e->internet, TRUE));
  g_assert_true (has_label (page, e->per_100, FALSE));

  /* Each table of values, opened: the years, then the numbers in the
   * locale's grammar */
  atlas_test_collect (page, is_expander, expanders);
  g_assert_cmpuint (expanders->len, >, 0);
  for (guint i = 0; i < expanders->len; i++)
    {
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      GtkWidget *table;

      gtk_expander_set_expanded (expanders->pdata[i], TRUE);
      table = gtk_expander_get_child (expanders->pdata[i]);
      atlas_test_collect (table, is_label, labels);
      g_assert_cmpuint (labels->len, >, 2);

      for (guint j = 0; j < labels->len; j++)
        {
          const char *text = gtk_label_get_text (labels->pdata[j]);

          /* headings and years aside */
          if (!g_ascii_isdigit (text[0]) || (strlen (text) == 4 && g_ascii_isdigit (text[3])))
            continue;
          if (!g_regex_match (number, text, 0, NULL))
            g_error ("\"%s\" in a table of values is not a number of %s", text, e->language);
          n_numbers++;
        }
    }
  g_assert_cmpuint (n_numbers, >, 20);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The Overview's slides show the statistics' headline figures */
static void
test_slides (void)
{
  const Expected *e = expected_for_locale ();
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GListModel) slides = atlas_slide_list_new (profile, ATLAS_SECTION_OVERVIEW);
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);

      g_string_append_printf (all, "%s\n%s\n%s\n%s\n",
                              atlas_slide_get_title (slide),
                              atlas_slide_get_body (slide) ? atlas_slide_get_body (slide) : "",
                              atlas_slide_get_footer (slide) ? atlas_slide_get_footer (slide) : "",
                              atlas_slide_get_kicker (slide) ? atlas_slide_get_kicker (slide) : "");
    }

  g_test_message ("%s", all->str);
  g_assert_nonnull (strstr (all->str, e->count));
  g_assert_nonnull (strstr (all->str, e->per_100));
}

/* @text with its no-break spaces as plain ones: pdftotext writes them so */
static char *
plain_spaces (const char *text)
{
  g_auto(GStrv) narrow = g_strsplit (text, "\u202f", -1);
  g_autofree char *joined = g_strjoinv (" ", narrow);
  g_auto(GStrv) wide = g_strsplit (joined, "\u00a0", -1);

  return g_strjoinv (" ", wide);
}

/* The Overview's handout, as text: the headline figures */
static void
test_handout (void)
{
  const Expected *e = expected_for_locale ();
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("atlas-locale-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "overview.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *count = plain_spaces (e->count);
  g_autofree char *per_100 = plain_spaces (e->per_100);
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  int status;

  g_assert_no_error (error);
  g_assert_cmpint (atlas_handout_export_pdf (atlas_test_get_context (), profile, ATLAS_SECTION_OVERVIEW, pdf, &error), >, 0);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* Lines joined: a figure may end one line of the page */
  flat = g_strdelimit (g_strdup (text), "\n", ' ');
  g_test_message ("%s", flat);
  g_assert_nonnull (strstr (flat, count));
  g_assert_nonnull (strstr (flat, per_100));

  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/Locale/overview", test_overview);
  g_test_add_func ("/Atlas/Locale/slides", test_slides);
  g_test_add_func ("/Atlas/Locale/handout", test_handout);

  return g_test_run ();
}

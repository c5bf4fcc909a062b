/* test-note-view.c: dated notes where their items are shown: the page,
 * the slides, the search results, the handout, the Overview; in English,
 * French and Dutch
 *
 * A teacher must not be able to show an outdated law without its note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "atlas-handout.h"
#include "atlas-item-row.h"
#include "atlas-language.h"
#include "atlas-note-view.h"
#include "atlas-search-page.h"
#include "atlas-section-page.h"
#include "atlas-slide.h"
#include "atlas-test-utils.h"

/* The Penal Code articles that the 2022 reform and the 2024 Code replace */
static const char * const replaced[] = {
  "penal-code-372", "penal-code-373", "penal-code-375", "penal-code-382", "penal-code-383",
};

static gboolean
is_note_view (GtkWidget *widget)
{
  return ATLAS_IS_NOTE_VIEW (widget);
}

/* The tags of the notes shown under @widget, joined by "|", in order */
static char *
tags_under (GtkWidget *widget)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autoptr(GString) tags = g_string_new (NULL);

  atlas_test_collect (widget, is_note_view, views);
  for (guint i = 0; i < views->len; i++)
    {
      g_autofree char *tag = atlas_note_format_tag (atlas_note_view_get_note (views->pdata[i]));

      /* shown, with a link to its source */
      g_assert_true (gtk_widget_is_visible (views->pdata[i]));
      g_assert_nonnull (atlas_test_find_label (views->pdata[i], tag));
      g_assert_nonnull (atlas_test_find_label (views->pdata[i], atlas_note_get_text (atlas_note_view_get_note (views->pdata[i]))));
      g_string_append_printf (tags, "%s%s", i > 0 ? "|" : "", tag);
    }

  return g_string_free (g_steal_pointer (&tags), FALSE);
}

static char *
changed_in (int year)
{
  return g_strdup_printf (g_dpgettext2 (GETTEXT_PACKAGE, "note tag", "Changed in %d"), year);
}

/* Collapses runs of white space, as a PDF's text breaks lines anywhere */
static char *
squeeze (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        space = TRUE;
      else
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_unichar (out, c);
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
check_language (const char *language)
{
  g_autoptr(AtlasProfile) profile = NULL;
  g_autofree char *in_2022 = NULL;
  g_autofree char *in_2024 = NULL;
  g_autofree char *both = NULL;
  const char *corrected;
  AtlasWindow *window;
  GtkWidget *page;

  atlas_language_set (language);
  profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  in_2022 = changed_in (2022);
  in_2024 = changed_in (2024);
  both = g_strjoin ("|", in_2022, in_2024, NULL);
  corrected = g_dpgettext2 (GETTEXT_PACKAGE, "note tag", "Corrected");
  if (!g_str_equal (language, "en"))
    g_assert_cmpstr (in_2022, !=, "Changed in 2022");

  /* The classroom-safe view hides sensitive texts, never their notes */
  atlas_context_set_classroom_safe (atlas_test_get_context (), TRUE);
  window = atlas_test_create_window (profile, 1280, 800);
  page = atlas_test_show_page (window, ATLAS_SECTION_LEGISLATION);

  /* The page opens by saying that its law has changed since 2016 */
  {
    GtkWidget *line = atlas_test_find_descendant (page, GTK_TYPE_LABEL, "edition-line");
    g_autofree char *expected =
      g_strdup_printf (_("The law on this page is as the %d edition described it. It has changed since: the dated notes say how."), 2016);

    g_assert_nonnull (line);
    g_assert_true (gtk_widget_is_visible (line));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (line)), ==, expected);
  }

  /* Each replaced article with both notes; article 388 corrected and
   * updated; the Convention's date corrected */
  for (guint i = 0; i < G_N_ELEMENTS (replaced); i++)
    {
      g_autofree char *tags = tags_under (atlas_test_legal_row (window, replaced[i]));
      g_assert_cmpstr (tags, ==, both);
    }
  {
    g_autofree char *tags = tags_under (atlas_test_legal_row (window, "penal-code-388"));
    g_autofree char *expected = g_strjoin ("|", corrected, in_2022, NULL);
    g_assert_cmpstr (tags, ==, expected);
  }
  {
    g_autofree char *tags = tags_under (atlas_test_legal_row (window, "council-of-europe-convention-on-cybercrime"));
    g_assert_cmpstr (tags, ==, corrected);
  }
  /* and the section's own two, at the top */
  {
    g_autoptr(GPtrArray) views = g_ptr_array_new ();
    GtkListBox *list = atlas_section_page_get_list (ATLAS_SECTION_PAGE (page));
    guint in_list = 0;

    atlas_test_collect (page, is_note_view, views);
    for (guint i = 0; i < views->len; i++)
      in_list += gtk_widget_is_ancestor (views->pdata[i], GTK_WIDGET (list));
    g_assert_cmpuint (views->len - in_list, ==, 2);
    g_assert_cmpuint (in_list, ==, 13);
  }

  /* Every note's source is a link that opens its address */
  {
    g_autoptr(GPtrArray) links = g_ptr_array_new ();
    GtkWidget *row = atlas_test_legal_row (window, "penal-code-375");
    GtkWidget *note = atlas_test_find_descendant (row, ATLAS_TYPE_NOTE_VIEW, NULL);

    atlas_test_collect (note, atlas_test_is_link, links);
    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpstr (gtk_actionable_get_action_name (links->pdata[0]), ==, "win.open-url");
    g_assert_true (g_str_has_prefix (g_variant_get_string (gtk_actionable_get_action_target_value (links->pdata[0]), NULL),
                                     "https://etaamb.openjustice.be/"));
  }

  /* The slides: each replaced article with its notes, also while its
   * text is hidden */
  {
    g_autoptr(GListModel) slides = atlas_slide_list_new (profile, ATLAS_SECTION_LEGISLATION);
    guint with_notes = 0;

    for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
      {
        g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);
        const char *notes = atlas_slide_get_notes (slide);

        if (notes == NULL)
          continue;
        with_notes++;
        if (g_strv_contains (replaced, atlas_slide_get_item_id (slide)))
          {
            g_assert_nonnull (strstr (notes, in_2022));
            g_assert_nonnull (strstr (notes, in_2024));
          }
      }
    g_assert_cmpuint (with_notes, ==, G_N_ELEMENTS (replaced) + 2);
  }

  /* The handout: the section's notes and each item's, text hidden or not */
  {
    g_autoptr(GError) error = NULL;
    g_autofree char *dir = g_dir_make_tmp ("atlas-notes-XXXXXX", &error);
    g_autofree char *pdf = g_build_filename (dir, "legislation.pdf", NULL);
    g_autofree char *raw = NULL;
    g_autofree char *text = NULL;
    g_autofree char *squeezed_2022 = squeeze (in_2022);
    g_autofree char *squeezed_2024 = squeeze (in_2024);

    g_assert_no_error (error);
    g_assert_cmpint (atlas_handout_export_pdf (atlas_test_get_context (), profile,
                                               ATLAS_SECTION_LEGISLATION, pdf, &error), >=, 1);
    g_assert_no_error (error);
    raw = atlas_test_pdf_text (pdf);
    text = squeeze (raw);
    /* the section's 2022 note, each replaced article's, and article 388's */
    g_assert_cmpuint (count (text, squeezed_2022), ==, 1 + G_N_ELEMENTS (replaced) + 1);
    g_assert_cmpuint (count (text, squeezed_2024), ==, 1 + G_N_ELEMENTS (replaced));
    g_unlink (pdf);
    g_rmdir (dir);
  }

  /* The Overview and the sidebar say how recent the notes are */
  {
    g_autofree char *summary =
      g_strdup_printf (ngettext ("%u dated note on what changed after the %d edition and what it gets wrong; the newest is of %d.",
                                 "%u dated notes on what changed after the %d edition and what it gets wrong; the newest is of %d.", 15),
                       15, 2016, 2024);
    g_autofree char *subtitle = g_strdup_printf (_("GRID profile, %d · notes to %d"), 2016, 2024);
    AdwWindowTitle *title = ADW_WINDOW_TITLE (atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL));

    g_assert_cmpuint (atlas_profile_get_n_notes (profile), ==, 15);
    page = atlas_test_show_page (window, ATLAS_SECTION_OVERVIEW);
    g_assert_nonnull (atlas_test_find_label (page, summary));
    g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, subtitle);
  }

  /* A search result for an article says it changed */
  {
    GtkWidget *results;

    atlas_window_search (window, "375");
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    results = atlas_test_find_descendant (GTK_WIDGET (window), ATLAS_TYPE_SEARCH_PAGE, NULL);
    g_assert_nonnull (results);
    g_assert_nonnull (atlas_test_find_label (results, in_2024));
  }

  atlas_context_set_classroom_safe (atlas_test_get_context (), FALSE);
  atlas_test_destroy_window (GTK_WINDOW (window));
}

static void
test_notes_shown (void)
{
  check_language ("en");
  check_language ("fr");
  check_language ("nl");
  atlas_language_set (NULL);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/NoteView/shown-everywhere", test_notes_shown);

  return g_test_run ();
}

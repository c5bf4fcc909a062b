/* test-handout.c: handouts, a section or a profile as a PDF: the helpline
 * and its QR code first, margins a copier keeps, no heading alone at the
 * bottom of a page, web addresses printed, charts as vectors (tests/
 * meson.build runs it under en_US.UTF-8, fr_BE.UTF-8 and nl_BE.UTF-8)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <unistd.h>

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "atlas-handout.h"
#include "atlas-slide.h"
#include "atlas-statistic.h"
#include "atlas-test-utils.h"
#include "atlas-url.h"

/* 15 mm, in points */
#define MIN_MARGIN (15.0 / 25.4 * 72)

typedef struct {
  char   *text;
  double  x_min, y_min, x_max, y_max;
} Line;

typedef struct {
  double  width, height;
  GArray *lines;  /* of Line, in reading order */
} Page;

static void
line_clear (gpointer data)
{
  g_free (((Line *) data)->text);
}

static void
page_free (gpointer data)
{
  Page *page = data;

  g_array_unref (page->lines);
  g_free (page);
}

typedef struct {
  GPtrArray *pages;
  GString   *line;     /* the words of the line being read */
  gboolean   in_word;
} Reader;

static double
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return g_ascii_strtod (values[i], NULL);

  g_assert_not_reached ();
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Reader *reader = user_data;

  if (g_str_equal (element, "page"))
    {
      Page *page = g_new0 (Page, 1);

      page->width = attribute (names, values, "width");
      page->height = attribute (names, values, "height");
      page->lines = g_array_new (FALSE, TRUE, sizeof (Line));
      g_array_set_clear_func (page->lines, line_clear);
      g_ptr_array_add (reader->pages, page);
    }
  else if (g_str_equal (element, "line"))
    {
      Page *page = g_ptr_array_index (reader->pages, reader->pages->len - 1);
      Line line = {
        NULL,
        attribute (names, values, "xMin"), attribute (names, values, "yMin"),
        attribute (names, values, "xMax"), attribute (names, values, "yMax"),
      };

      g_array_append_val (page->lines, line);
      g_string_truncate (reader->line, 0);
    }
  else if (g_str_equal (element, "word"))
    {
      Page *page = g_ptr_array_index (reader->pages, reader->pages->len - 1);
      Line *line = &g_array_index (page->lines, Line, page->lines->len - 1);

      /* Every word within the line's box, which the margins test checks */
      g_assert_cmpfloat (attribute (names, values, "xMin"), >=, line->x_min - 0.01);
      g_assert_cmpfloat (attribute (names, values, "xMax"), <=, line->x_max + 0.01);
      if (reader->line->len > 0)
        g_string_append_c (reader->line, ' ');
      reader->in_word = TRUE;
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;

  if (g_str_equal (element, "word"))
    reader->in_word = FALSE;
  else if (g_str_equal (element, "line"))
    {
      Page *page = g_ptr_array_index (reader->pages, reader->pages->len - 1);

      g_array_index (page->lines, Line, page->lines->len - 1).text = g_strdup (reader->line->str);
    }
}

static void
text (GMarkupParseContext  *context,
      const char           *text,
      gsize                 length,
      gpointer              user_data,
      GError              **error)
{
  Reader *reader = user_data;

  if (reader->in_word)
    g_string_append_len (reader->line, text, length);
}

/* The lines of each page of @pdf, with their boxes in points from the top
 * left corner, as pdftotext -bbox-layout reads them */
static GPtrArray *
read_pages (const char *pdf)
{
  static const GMarkupParser parser = { start_element, end_element, text, NULL, NULL };
  const char *argv[] = { "pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GMarkupParseContext) context = NULL;
  Reader reader = { g_ptr_array_new_with_free_func (page_free), g_string_new (NULL), FALSE };
  const char *html;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  /* From <html>: GMarkup reads no DOCTYPE */
  html = strstr (out, "<html");
  g_assert_nonnull (html);
  context = g_markup_parse_context_new (&parser, 0, &reader, NULL);
  g_markup_parse_context_parse (context, html, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);

  g_string_free (reader.line, TRUE);
  g_assert_cmpuint (reader.pages->len, >, 0);
  return reader.pages;
}

/* @text with its no-break spaces as plain ones, as pdftotext writes them */
static char *
plain_spaces (const char *text)
{
  g_autoptr(GString) plain = g_string_new (text);

  g_string_replace (plain, "\u00a0", " ", 0);
  g_string_replace (plain, "\u202f", " ", 0);
  return g_string_free (g_steal_pointer (&plain), FALSE);
}

/* The text of @page, one line after the other */
static char *
page_text (Page *page)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < page->lines->len; i++)
    {
      g_string_append (text, g_array_index (page->lines, Line, i).text);
      g_string_append_c (text, '\n');
    }
  return g_string_free (text, FALSE);
}

typedef struct {
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("atlas-pdf-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Writes the handout of @section (-1: the whole profile) into the fixture's
 * directory */
static char *
export (Fixture      *fixture,
        AtlasProfile *profile,
        int           section)
{
  g_autoptr(AtlasContext) context = atlas_context_new_for_settings (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_strdup_printf ("%s.pdf", section >= 0 ? atlas_section_get_name (section) : "profile");
  char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_cmpint (atlas_handout_export_pdf (context, profile, section, path, &error), >=, 1);
  g_assert_no_error (error);
  return path;
}

static gboolean
is_english (void)
{
  return g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "en");
}

static void
test_handout_pdf (Fixture       *fixture,
                  gconstpointer  data)
{
  AtlasProfile *profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  /* kept in no settings: handouts need none */
  g_autoptr(AtlasContext) context = atlas_context_new_for_settings (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *section_pdf = g_build_filename (fixture->dir, "be-legislation.pdf", NULL);
  g_autofree char *profile_pdf = g_build_filename (fixture->dir, "be.pdf", NULL);
  g_autofree char *safe_pdf = g_build_filename (fixture->dir, "be-legislation-safe.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *whole = NULL;
  g_autofree char *safe = NULL;
  int section_pages, profile_pages;

  if (!is_english ())
    {
      g_test_skip ("the texts are the English ones");
      g_object_unref (profile);
      return;
    }

  /* One section: its title, its laws, real text in the PDF; the helpline,
   * but no statistic */
  section_pages = atlas_handout_export_pdf (context, profile, ATLAS_SECTION_LEGISLATION, section_pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (section_pages, >=, 1);
  text = atlas_test_pdf_text (section_pdf);
  g_assert_nonnull (strstr (text, "Belgium"));
  g_assert_nonnull (strstr (text, "Legislation"));
  g_assert_nonnull (strstr (text, "Universal jurisdiction"));
  g_assert_nonnull (strstr (text, "Defines rape and lays down penalties"));
  g_assert_nonnull (strstr (text, "Child Focus"));
  g_assert_null (strstr (text, "Internet users"));
  {
    g_autofree char *expected = g_strdup_printf ("Page %d of %d", section_pages, section_pages);
    g_assert_nonnull (strstr (text, expected));
  }

  /* The whole profile: every section, the sources of the figures, the
   * citations; more pages */
  profile_pages = atlas_handout_export_pdf (context, profile, -1, profile_pdf, &error);
  g_assert_no_error (error);
  g_assert_cmpint (profile_pages, >, section_pages);
  whole = atlas_test_pdf_text (profile_pdf);
  for (guint i = 0; i < ATLAS_N_SECTIONS; i++)
    g_assert_nonnull (strstr (whole, atlas_test_section_titles[i]));
  g_assert_nonnull (strstr (whole, "Child Focus"));
  g_assert_nonnull (strstr (whole, "Source: World Bank"));
  g_assert_nonnull (strstr (whole, "Livingstone"));

  /* The classroom-safe view leaves sensitive texts out */
  atlas_context_set_classroom_safe (context, TRUE);
  g_assert_cmpint (atlas_handout_export_pdf (context, profile, ATLAS_SECTION_LEGISLATION, safe_pdf, &error), >=, 1);
  atlas_context_set_classroom_safe (context, FALSE);
  safe = atlas_test_pdf_text (safe_pdf);
  g_assert_null (strstr (safe, "Defines rape and lays down penalties"));
  g_assert_nonnull (strstr (safe, "Universal jurisdiction"));
  g_assert_nonnull (strstr (safe, "classroom-safe view"));

  /* A handout keeps nothing of the profile */
  g_assert_finalize_object (profile);
}

/* The helpline opens every handout: its number, its website, its QR code
 * that a phone reads back; on the Overview's, before the statistics */
static void
test_handout_helpline (Fixture       *fixture,
                       gconstpointer  data)
{
  AtlasProfile *profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);
  g_autoptr(AtlasStatistic) first = g_list_model_get_item (atlas_profile_get_statistics (profile), 0);
  g_autofree char *website = atlas_url_format_short (atlas_helpline_get_url (helpline));
  g_autofree char *number = plain_spaces (atlas_helpline_get_number (helpline));
  int sections[] = { ATLAS_SECTION_OVERVIEW, ATLAS_SECTION_LEGISLATION, -1 };

  g_assert_cmpstr (website, ==, "childfocus.be");
  g_assert_cmpstr (number, ==, "116 000");

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *pdf = export (fixture, profile, sections[i]);
      g_autoptr(GPtrArray) pages = read_pages (pdf);
      g_autofree char *first_page = page_text (pages->pdata[0]);
      g_autofree char *prefix = g_build_filename (fixture->dir, "page", NULL);
      g_autofree char *png = g_strconcat (prefix, ".png", NULL);
      g_autofree char *read = NULL;
      const char *argv[] = { "pdftoppm", "-png", "-r", "150", "-singlefile", pdf, prefix, NULL };
      g_autoptr(GError) error = NULL;
      const char *at_number = strstr (first_page, number);
      int status;

      g_test_message ("%s", pdf);

      /* On the first page, the number and the website; before anything
       * else, the first statistic's figure included */
      g_assert_nonnull (at_number);
      g_assert_nonnull (strstr (first_page, website));
      g_assert_nonnull (strstr (first_page, atlas_helpline_get_name (helpline)));
      if (sections[i] != ATLAS_SECTION_LEGISLATION)
        {
          const char *at_statistic = strstr (first_page, atlas_item_get_title (ATLAS_ITEM (first)));

          g_assert_nonnull (at_statistic);
          g_assert_true (at_number < at_statistic);
        }

      /* The code on the printed page says the website */
      g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                    NULL, NULL, NULL, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      read = atlas_test_read_qr (png);
      g_assert_cmpstr (read, ==, atlas_helpline_get_url (helpline));
      g_unlink (png);
    }

  g_clear_object (&first);
  g_assert_finalize_object (profile);
}

/* A profile without a helpline: a handout all the same, without it */
static void
test_handout_without_helpline (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "schema", "minimal-valid.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_file (file, NULL, NULL, &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_null (atlas_profile_get_helpline (profile));
  pdf = export (fixture, profile, -1);
  text = atlas_test_pdf_text (pdf);
  g_assert_nonnull (strstr (text, "Testland"));
  g_assert_null (strstr (text, "116"));
}

/* Every word at least 15 mm from every edge of every page */
static void
test_handout_margins (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  int sections[] = { ATLAS_SECTION_LEGISLATION, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *pdf = export (fixture, profile, sections[i]);
      g_autoptr(GPtrArray) pages = read_pages (pdf);

      for (guint p = 0; p < pages->len; p++)
        {
          Page *page = pages->pdata[p];

          for (guint l = 0; l < page->lines->len; l++)
            {
              Line *line = &g_array_index (page->lines, Line, l);

              if (line->x_min < MIN_MARGIN || line->y_min < MIN_MARGIN ||
                  line->x_max > page->width - MIN_MARGIN || line->y_max > page->height - MIN_MARGIN)
                g_error ("%s, page %u: \"%s\" at %.1f,%.1f-%.1f,%.1f is within 15 mm of an edge",
                         pdf, p + 1, line->text, line->x_min, line->y_min, line->x_max, line->y_max);
            }
        }
    }
}

/* @text as pdftotext gives it, in one line: plain spaces, one between
 * words */
static void
add_text (GPtrArray  *texts,
          const char *text)
{
  g_autofree char *plain = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GStrvBuilder) kept = g_strv_builder_new ();
  g_auto(GStrv) joined = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  plain = plain_spaces (text);
  words = g_strsplit_set (plain, " \n\t", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_strv_builder_add (kept, words[i]);
  joined = g_strv_builder_end (kept);
  g_ptr_array_add (texts, g_strjoinv (" ", joined));
}

/* Whether one of @texts ends with @tail, from the start of a word */
static gboolean
ends_one_of (GPtrArray  *texts,
             const char *tail)
{
  gsize n = strlen (tail);

  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = texts->pdata[i];
      gsize length = strlen (text);

      if (g_str_has_suffix (text, tail) && (length == n || text[length - n - 1] == ' '))
        return TRUE;
    }

  return FALSE;
}

/* Whether the lines of @page up to @last end a heading: the longest run
 * of lines ending there that ends a text of the handout says which text
 * they end (a citation's last line can be a year, as a kicker is) */
static gboolean
ends_with_heading (Page      *page,
                   guint      last,
                   GPtrArray *headings,
                   GPtrArray *others)
{
  for (guint n_lines = MIN (4, last + 1); n_lines > 0; n_lines--)
    {
      g_autoptr(GString) tail = g_string_new (NULL);

      for (guint i = last + 1 - n_lines; i <= last; i++)
        {
          if (tail->len > 0)
            g_string_append_c (tail, ' ');
          g_string_append (tail, g_array_index (page->lines, Line, i).text);
        }

      if (ends_one_of (others, tail->str))
        return FALSE;
      if (ends_one_of (headings, tail->str))
        return TRUE;
    }

  return FALSE;
}

/* No page ends with a heading: it goes with the block it heads */
static void
test_handout_no_orphan_heading (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GPtrArray) headings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *pdf = NULL;
  g_autoptr(GPtrArray) pages = NULL;
  guint n_checked = 0;

  /* The headings (sections' titles, items' titles and the lines above
   * them, charts' titles) and the other texts */
  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      g_autoptr(GListModel) slides = atlas_slide_list_new (profile, section);

      add_text (headings, atlas_section_get_title (section));
      for (guint i = 0; i < g_list_model_get_n_items (slides); i++)
        {
          g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);

          add_text (headings, atlas_slide_get_kicker (slide));
          add_text (headings, atlas_slide_get_title (slide));
          add_text (others, atlas_slide_get_body (slide));
          add_text (others, atlas_slide_get_notes (slide));
          add_text (others, atlas_slide_get_footer (slide));
        }
    }
  {
    GListModel *statistics = atlas_profile_get_statistics (profile);

    for (guint i = 0; i < g_list_model_get_n_items (statistics); i++)
      {
        g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);
        GPtrArray *series = atlas_statistic_get_series (statistic);

        for (guint s = 0; series != NULL && s < series->len; s++)
          add_text (headings, ((AtlasSeries *) g_ptr_array_index (series, s))->label);
      }
  }

  pdf = export (fixture, profile, -1);
  pages = read_pages (pdf);
  g_assert_cmpuint (pages->len, >, 5);

  /* The last line above the footer (which is the last line of a page) */
  for (guint p = 0; p + 1 < pages->len; p++)
    {
      Page *page = pages->pdata[p];
      guint last;

      g_assert_cmpuint (page->lines->len, >=, 2);
      last = page->lines->len - 2;
      if (ends_with_heading (page, last, headings, others))
        g_error ("%s, page %u ends with the heading \"%s\"", pdf, p + 1,
                 g_array_index (page->lines, Line, last).text);
      n_checked++;
    }
  g_assert_cmpuint (n_checked, ==, pages->len - 1);
}

/* The address of each link is printed; the charts are vectors with their
 * labels as text */
static void
test_handout_links_and_charts (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  GListModel *organizations = atlas_profile_get_section_model (profile, ATLAS_SECTION_ORGANIZATIONS);
  g_autofree char *overview_pdf = export (fixture, profile, ATLAS_SECTION_OVERVIEW);
  g_autofree char *organizations_pdf = export (fixture, profile, ATLAS_SECTION_ORGANIZATIONS);
  g_autofree char *overview = atlas_test_pdf_text (overview_pdf);
  g_autofree char *text = atlas_test_pdf_text (organizations_pdf);
  g_autofree char *images = NULL;
  g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (atlas_profile_get_statistics (profile), 1);
  AtlasSeries *series = g_ptr_array_index (atlas_statistic_get_series (statistic), 0);
  const char *argv[] = { "pdfimages", "-list", overview_pdf, NULL };
  g_autoptr(GError) error = NULL;
  guint n_links = 0;
  int status;

  for (guint i = 0; i < g_list_model_get_n_items (organizations); i++)
    {
      g_autoptr(AtlasItem) item = g_list_model_get_item (organizations, i);
      const char *url = atlas_item_get_url (item);

      if (url == NULL)
        continue;
      if (strstr (text, url) == NULL)
        g_error ("%s does not print the address of %s, %s", organizations_pdf, atlas_item_get_title (item), url);
      n_links++;
    }
  g_assert_cmpuint (n_links, >, 0);

  /* The sources of the figures too */
  g_assert_nonnull (strstr (overview, "https://data.worldbank.org"));

  /* A chart's years are text on the page: the first and the last */
  {
    AtlasPoint *first = &g_array_index (series->points, AtlasPoint, 0);
    AtlasPoint *last = &g_array_index (series->points, AtlasPoint, series->points->len - 1);
    g_autofree char *first_year = g_strdup_printf ("%d", first->year);
    g_autofree char *last_year = g_strdup_printf ("%d", last->year);
    g_autofree char *label = plain_spaces (series->label);

    g_assert_nonnull (strstr (overview, label));
    g_assert_nonnull (strstr (overview, first_year));
    g_assert_nonnull (strstr (overview, last_year));
  }

  /* And no picture: the charts and the code are drawn, not pasted */
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &images, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* pdfimages -list prints a header of two lines, then one line an image */
  {
    g_auto(GStrv) lines = g_strsplit (g_strchomp (images), "\n", -1);

    g_assert_cmpuint (g_strv_length (lines), ==, 2);
  }
}

/* Saving a PDF over an old one: a symbolic link is replaced, not written
 * through; on a full disk (a 64 KiB tmpfs, mounted when the test may) the
 * old file stays as it was, with no scratch file left, and the error says
 * so */
static void
test_handout_never_loses_a_file (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(AtlasContext) context = atlas_context_new_for_settings (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *target = g_build_filename (fixture->dir, "elsewhere.txt", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "handout.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *mount = g_strdup_printf ("mount -t tmpfs -o size=64k tmpfs '%s'", fixture->dir);
  g_autofree char *umount = g_strdup_printf ("umount '%s'", fixture->dir);
  int status = -1;

  g_file_set_contents (target, "KEEP", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (symlink (target, path), ==, 0);
  g_assert_cmpint (atlas_handout_export_pdf (context, profile, ATLAS_SECTION_LEGISLATION, path, &error), >=, 1);
  g_assert_no_error (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  g_file_get_contents (target, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "KEEP");
  g_unlink (path);
  g_unlink (target);

  if (getuid () != 0 || !g_spawn_command_line_sync (mount, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      g_test_skip ("mounting a small tmpfs needs root and a system that allows it");
      return;
    }

  g_file_set_contents (path, "OLD", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (atlas_handout_export_pdf (context, profile, -1, path, &error), ==, 0);
  g_assert_nonnull (error);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "OLD");
  {
    g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);

    g_assert_cmpstr (g_dir_read_name (dir), ==, "handout.pdf");
    g_assert_null (g_dir_read_name (dir));
  }

  g_unlink (path);
  g_assert_true (g_spawn_command_line_sync (umount, NULL, NULL, &status, NULL));
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add ("/Atlas/Handout/pdf", Fixture, NULL, fixture_set_up, test_handout_pdf, fixture_tear_down);
  g_test_add ("/Atlas/Handout/helpline", Fixture, NULL, fixture_set_up, test_handout_helpline, fixture_tear_down);
  g_test_add ("/Atlas/Handout/without-helpline", Fixture, NULL, fixture_set_up, test_handout_without_helpline, fixture_tear_down);
  g_test_add ("/Atlas/Handout/margins", Fixture, NULL, fixture_set_up, test_handout_margins, fixture_tear_down);
  g_test_add ("/Atlas/Handout/no-orphan-heading", Fixture, NULL, fixture_set_up, test_handout_no_orphan_heading, fixture_tear_down);
  g_test_add ("/Atlas/Handout/links-and-charts", Fixture, NULL, fixture_set_up, test_handout_links_and_charts, fixture_tear_down);
  g_test_add ("/Atlas/Handout/never-loses-a-file", Fixture, NULL, fixture_set_up, test_handout_never_loses_a_file, fixture_tear_down);

  return g_test_run ();
}

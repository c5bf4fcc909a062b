/* test-slide-view.c: AtlasSlideView, one slide fitted to the screen: no
 * text below 28 px at 1024×768, long slides split into parts, charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "atlas-chart.h"
#include "atlas-chart-private.h"
#include "atlas-format.h"
#include "atlas-legal-item.h"
#include "atlas-publication.h"
#include "atlas-slide.h"
#include "atlas-slide-view.h"
#include "atlas-statistic.h"
#include "atlas-test-profile.h"
#include "atlas-test-utils.h"

#define WIDTH 1024
#define HEIGHT 768
#define MIN_TEXT 28.0

/* The generated profile: 60 items a section, 367 slides; under
 * AddressSanitizer, which makes Pango slow (20 took 9 minutes), 10: 67
 * slides, still with the longest texts */
#ifdef __SANITIZE_ADDRESS__
#define GENERATED_ITEMS 10
#else
#define GENERATED_ITEMS 60
#endif

/* An undecorated window of 1024×768 with a slide view, shown and drawn */
static AtlasSlideView *
show_view (GtkWidget **window)
{
  AtlasSlideView *view = ATLAS_SLIDE_VIEW (atlas_slide_view_new ());

  *window = gtk_window_new ();
  gtk_window_set_decorated (GTK_WINDOW (*window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (*window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (*window));
  gtk_test_widget_wait_for_draw (*window);
  g_object_ref (view);

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, WIDTH);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (view)), ==, HEIGHT);

  return view;
}

static void
close_view (GtkWidget      *window,
            AtlasSlideView *view)
{
  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_assert_finalized (view);
}

static gboolean
is_shown_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
         gtk_label_get_text (GTK_LABEL (widget))[0] != '\0';
}

static gboolean
is_shown (GtkWidget *widget)
{
  return gtk_widget_is_visible (widget);
}

/* The size of @label's text, in pixels: its absolute size attribute */
static double
label_text_size (GtkLabel *label)
{
  PangoAttrList *attributes = gtk_label_get_attributes (label);
  g_autoptr(PangoAttrIterator) iter = NULL;
  PangoAttribute *size;

  g_assert_nonnull (attributes);
  iter = pango_attr_list_get_iterator (attributes);
  size = pango_attr_iterator_get (iter, PANGO_ATTR_ABSOLUTE_SIZE);
  g_assert_nonnull (size);

  return ((PangoAttrSize *) size)->size / (double) PANGO_SCALE;
}

static GtkLabel *
find_label (AtlasSlideView *view,
            const char     *name)
{
  return GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (view), ATLAS_TYPE_SLIDE_VIEW, name));
}

static const char *
shown_text (AtlasSlideView *view,
            const char     *name)
{
  GtkLabel *label = find_label (view, name);

  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

/* What the view shows now, laid out: every text at 28 px or more, all
 * of it in the view, no label given less height than its text needs */
static void
assert_part_readable (AtlasSlideView *view,
                      const char     *what)
{
  GtkWidget *frame = gtk_widget_get_first_child (GTK_WIDGET (view));
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  int natural;

  /* Laid out now, as the window's next frame would: the allocation the
   * window gives the view, so that nothing waits for frames */
  gtk_widget_allocate (GTK_WIDGET (view), WIDTH, HEIGHT, -1, NULL);

  gtk_widget_measure (frame, GTK_ORIENTATION_VERTICAL, WIDTH, NULL, &natural, NULL, NULL);
  if (natural > HEIGHT)
    g_error ("%s, part %u of %u: %d px high in a view of %d", what, atlas_slide_view_get_part (view) + 1,
             atlas_slide_view_get_n_parts (view), natural, HEIGHT);

  atlas_test_collect (GTK_WIDGET (view), is_shown_label, labels);
  g_assert_cmpuint (labels->len, >=, 2);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = g_ptr_array_index (labels, i);
      double size = label_text_size (label);
      int needed;

      if (size < MIN_TEXT - 0.01)
        g_error ("%s: \"%.40s\" at %.1f px", what, gtk_label_get_text (label), size);

      /* the label has the height its text needs, as laid out */
      pango_layout_get_pixel_size (gtk_label_get_layout (label), NULL, &needed);
      if (needed > gtk_widget_get_height (GTK_WIDGET (label)))
        g_error ("%s: \"%.40s\" needs %d px and has %d", what, gtk_label_get_text (label),
                 needed, gtk_widget_get_height (GTK_WIDGET (label)));
    }

  atlas_test_collect (GTK_WIDGET (view), is_shown, shown);
  for (guint i = 0; i < shown->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (shown, i);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (view), &bounds));
      if (bounds.origin.x < 0 || bounds.origin.y < 0 ||
          bounds.origin.x + bounds.size.width > WIDTH + 0.01 ||
          bounds.origin.y + bounds.size.height > HEIGHT + 0.01)
        g_error ("%s: a %s at %g,%g %gx%g leaves the view", what, G_OBJECT_TYPE_NAME (widget),
                 bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height);
    }
}

/* The words of @text, one string */
static char *
words_of (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text != NULL ? text : "", 0, 0);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        if (out->len > 0)
          g_string_append_c (out, ' ');
        g_string_append (out, words[i]);
      }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Every part of @slide readable, and together the whole body, the
 * footer last, the kicker and notes first, "2 / 3" in the corner.
 * Returns the number of parts. */
static guint
assert_slide_readable (AtlasSlideView *view,
                       AtlasSlide     *slide)
{
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *expected_notes = NULL;
  g_autofree char *got_notes = NULL;
  g_autofree char *what = g_strdup_printf ("%s \"%.30s\"", atlas_slide_get_item_id (slide),
                                           atlas_slide_get_title (slide));
  guint n;

  atlas_slide_view_set_slide (view, slide);
  /* fitted at once: the view has its size */
  n = atlas_slide_view_get_n_parts (view);
  g_assert_cmpuint (atlas_slide_view_get_part (view), ==, 0);
  g_assert_cmpfloat (atlas_slide_view_get_text_size (view), >=, MIN_TEXT - 0.01);

  for (guint part = 0; part < n; part++)
    {
      const char *text;

      atlas_slide_view_set_part (view, part);
      g_assert_cmpuint (atlas_slide_view_get_part (view), ==, part);
      assert_part_readable (view, what);

      text = shown_text (view, "body_label");
      if (text != NULL)
        g_string_append_printf (body, " %s", text);
      text = shown_text (view, "notes_label");
      if (text != NULL)
        g_string_append_printf (notes, " %s", text);

      /* the kicker and the notes on the first part (the notes before the
       * body of a split slide), the footer on the last */
      if (part > 0)
        g_assert_null (shown_text (view, "kicker_label"));
      else
        g_assert_cmpstr (shown_text (view, "kicker_label"), ==, atlas_slide_get_kicker (slide));
      if (part == 0 && atlas_slide_get_notes (slide) != NULL)
        g_assert_nonnull (shown_text (view, "notes_label"));

      if (part + 1 < n)
        g_assert_null (shown_text (view, "footer_label"));
      else
        g_assert_cmpstr (shown_text (view, "footer_label"), ==, atlas_slide_get_footer (slide));

      if (n > 1)
        {
          g_autofree char *corner = g_strdup_printf ("%u / %u", part + 1, n);

          g_assert_cmpstr (shown_text (view, "part_label"), ==, corner);
        }
      else
        g_assert_null (shown_text (view, "part_label"));
    }

  /* Nothing lost, nothing twice, nothing cut */
  expected = words_of (atlas_slide_get_body (slide));
  got = words_of (body->str);
  g_assert_cmpstr (got, ==, expected);
  expected_notes = words_of (atlas_slide_get_notes (slide));
  got_notes = words_of (notes->str);
  g_assert_cmpstr (got_notes, ==, expected_notes);

  return n;
}

/* Every slide of every section of @profile; returns how many, and the
 * most parts of one in @max_parts */
static guint
assert_profile_readable (AtlasSlideView *view,
                         AtlasProfile   *profile,
                         guint          *max_parts)
{
  guint n_slides = 0;

  for (AtlasSection section = 0; section < ATLAS_N_SECTIONS; section++)
    {
      g_autoptr(GListModel) slides = atlas_slide_list_new (profile, section);

      for (guint i = 0; i < g_list_model_get_n_items (slides); i++, n_slides++)
        {
          g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i);
          guint n_parts = assert_slide_readable (view, slide);

          *max_parts = MAX (*max_parts, n_parts);

          /* the classroom-safe view of a sensitive slide too */
          if (atlas_slide_get_sensitive (slide))
            {
              atlas_slide_view_set_hiding_details (view, TRUE);
              assert_part_readable (view, "hidden details");
              atlas_slide_view_set_hiding_details (view, FALSE);
            }
        }
    }

  return n_slides;
}

/* Every slide of the Belgian profile at 1024×768 */
static void
test_belgium (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  GtkWidget *window;
  AtlasSlideView *view = show_view (&window);
  guint max_parts = 0;

  atlas_slide_view_set_heading (view, "Organizations");
  atlas_slide_view_set_counter (view, "10 / 10");
  g_assert_cmpuint (assert_profile_readable (view, profile, &max_parts), >=, 60);

  close_view (window, view);
}

/* Every slide of a generated profile whose texts run to 6,000 characters */
static void
test_generated (void)
{
  g_autoptr(GBytes) bytes = atlas_test_generate_profile (GENERATED_ITEMS);
  g_autoptr(GError) error = NULL;
  g_autoptr(AtlasProfile) profile = atlas_profile_new_from_bytes (bytes, NULL, &error);
  GtkWidget *window;
  AtlasSlideView *view;
  guint max_parts = 0;

  g_assert_no_error (error);
  view = show_view (&window);
  atlas_slide_view_set_heading (view, "Law Enforcement");
  atlas_slide_view_set_counter (view, "60 / 60");
  g_assert_cmpuint (assert_profile_readable (view, profile, &max_parts), >=, 6 * GENERATED_ITEMS);
  /* the longest texts take several screens */
  g_assert_cmpuint (max_parts, >=, 3);

  close_view (window, view);
}

static gboolean
label_shows (GtkWidget  *view,
             const char *text)
{
  GtkLabel *label = atlas_test_find_label (view, text);

  return label != NULL && gtk_widget_get_visible (GTK_WIDGET (label));
}

/* The slide alone: what it shows, its text fitted to its size, a long
 * one split into parts that the part property walks */
static void
test_fit (void)
{
  GtkWidget *window = gtk_window_new ();
  AtlasSlideView *view = ATLAS_SLIDE_VIEW (atlas_slide_view_new ());
  g_autoptr(GString) long_body = g_string_new (NULL);
  g_autoptr(AtlasSlide) slide = NULL;
  g_autoptr(AtlasSlide) long_slide = NULL;
  guint notified = 0, parts_notified = 0, part_notified = 0;
  guint n;

  g_object_ref_sink (view);
  g_signal_connect (view, "notify::slide", G_CALLBACK (atlas_test_count_notify), &notified);
  g_signal_connect (view, "notify::n-parts", G_CALLBACK (atlas_test_count_notify), &parts_notified);
  g_signal_connect (view, "notify::part", G_CALLBACK (atlas_test_count_notify), &part_notified);

  /* Nothing to show */
  g_assert_null (atlas_slide_view_get_slide (view));
  g_assert_true (label_shows (GTK_WIDGET (view), "Nothing to present"));
  g_assert_cmpuint (atlas_slide_view_get_n_parts (view), ==, 1);

  slide = atlas_slide_new (ATLAS_SECTION_LEGISLATION, "law", "Kicker", "A title",
                           "A short body.", "A footer", TRUE);
  atlas_slide_view_set_slide (view, slide);
  atlas_slide_view_set_slide (view, slide);
  g_assert_cmpuint (notified, ==, 1);
  atlas_slide_view_set_heading (view, "Legislation");
  atlas_slide_view_set_counter (view, "1 / 2");
  g_assert_cmpstr (atlas_slide_view_get_counter (view), ==, "1 / 2");
  for (const char *text = "Kicker\0A title\0A short body.\0A footer\0Legislation\0"; *text; text += strlen (text) + 1)
    g_assert_true (label_shows (GTK_WIDGET (view), text));
  g_assert_false (label_shows (GTK_WIDGET (view), "Nothing to present"));

  /* Asked for a part past the end before the view has a size: kept until
   * it is fitted, then the last */
  atlas_slide_view_set_part (view, G_MAXUINT);
  g_assert_cmpuint (atlas_slide_view_get_part (view), ==, G_MAXUINT);
  g_assert_cmpuint (part_notified, ==, 1);

  /* Shown: a short slide is at the view's height over 24, in one part */
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  g_assert_cmpfloat_with_epsilon (atlas_slide_view_get_text_size (view), HEIGHT / 24.0, 0.01);
  g_assert_cmpuint (atlas_slide_view_get_n_parts (view), ==, 1);
  g_assert_cmpuint (atlas_slide_view_get_part (view), ==, 0);
  g_assert_cmpuint (part_notified, ==, 2);
  g_assert_cmpuint (parts_notified, ==, 0);
  assert_part_readable (view, "short");

  /* Hidden details: the title stays, the body gives way to the note */
  atlas_slide_view_set_hiding_details (view, TRUE);
  g_assert_true (label_shows (GTK_WIDGET (view), "A title"));
  g_assert_false (label_shows (GTK_WIDGET (view), "A short body."));
  g_assert_true (label_shows (GTK_WIDGET (view), "Press D"));
  atlas_slide_view_set_hiding_details (view, FALSE);
  g_assert_true (label_shows (GTK_WIDGET (view), "A short body."));

  /* A long one does not shrink below 28 px: it splits, at once */
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (long_body, "Sentence %u of a long slide that has to wrap.%s", i,
                            i % 10 == 9 ? "\n\n" : " ");
  long_slide = atlas_slide_new (ATLAS_SECTION_RESEARCH, "long", "Report", "Long", long_body->str,
                                "Author, A. · 2011", FALSE);
  atlas_slide_view_set_slide (view, long_slide);
  g_assert_cmpfloat_with_epsilon (atlas_slide_view_get_text_size (view), MIN_TEXT, 0.01);
  n = atlas_slide_view_get_n_parts (view);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (parts_notified, ==, 1);
  g_assert_cmpuint (atlas_slide_view_get_part (view), ==, 0);

  /* Parts end at paragraphs, here where there is one every ten
   * sentences: each part but the last ends a paragraph */
  for (guint part = 0; part + 1 < n; part++)
    {
      const char *text;

      atlas_slide_view_set_part (view, part);
      text = shown_text (view, "body_label");
      g_assert_true (g_str_has_suffix (text, "9 of a long slide that has to wrap."));
    }

  /* The later parts under "Long (continued)", "2 / 3" in the corner,
   * which a screen reader reads as "Part 2 of 3" */
  atlas_slide_view_set_part (view, 1);
  g_assert_true (label_shows (GTK_WIDGET (view), "Long (continued)"));
  {
    g_autofree char *corner = g_strdup_printf ("2 / %u", n);
    g_autofree char *name = g_strdup_printf ("Part 2 of %u", n);

    g_assert_cmpstr (shown_text (view, "part_label"), ==, corner);
    gtk_test_accessible_assert_property (find_label (view, "part_label"), GTK_ACCESSIBLE_PROPERTY_LABEL, name);
  }

  /* Past the end: the last part, at once now that the view is fitted */
  part_notified = 0;
  atlas_slide_view_set_part (view, G_MAXUINT);
  g_assert_cmpuint (atlas_slide_view_get_part (view), ==, n - 1);
  g_assert_cmpuint (part_notified, ==, 1);
  g_assert_true (label_shows (GTK_WIDGET (view), "Author, A. · 2011"));

  /* All of it, part by part */
  atlas_slide_view_set_slide (view, slide);
  assert_slide_readable (view, long_slide);

  /* Another slide starts at its first part */
  atlas_slide_view_set_part (view, 1);
  atlas_slide_view_set_slide (view, slide);
  g_assert_cmpuint (atlas_slide_view_get_part (view), ==, 0);
  g_assert_cmpuint (atlas_slide_view_get_n_parts (view), ==, 1);

  /* A smaller screen: smaller type, the minimum in proportion */
  {
    GtkWidget *small = gtk_window_new ();
    AtlasSlideView *small_view = ATLAS_SLIDE_VIEW (atlas_slide_view_new ());

    g_object_ref_sink (small_view);
    atlas_slide_view_set_slide (small_view, long_slide);
    gtk_window_set_decorated (GTK_WINDOW (small), FALSE);
    gtk_window_set_default_size (GTK_WINDOW (small), 800, 600);
    gtk_window_set_child (GTK_WINDOW (small), GTK_WIDGET (small_view));
    gtk_window_present (GTK_WINDOW (small));
    gtk_test_widget_wait_for_draw (small);
    g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (small_view)), ==, 600);
    g_assert_cmpfloat_with_epsilon (atlas_slide_view_get_text_size (small_view), 600 * MIN_TEXT / HEIGHT, 0.01);
    g_assert_cmpfloat_with_epsilon (label_text_size (find_label (small_view, "footer_label")), 600 * MIN_TEXT / HEIGHT, 0.01);
    g_assert_cmpuint (atlas_slide_view_get_n_parts (small_view), >=, 2);
    gtk_window_destroy (GTK_WINDOW (small));
    atlas_test_assert_finalized (small_view);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  atlas_test_assert_finalized (view);
}

/* A statistic is a slide with its chart, whose labels are at 28 px */
static void
test_chart_slides (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GListModel) slides = atlas_slide_list_new (profile, ATLAS_SECTION_OVERVIEW);
  GListModel *statistics = atlas_profile_get_statistics (profile);
  GtkWidget *window;
  AtlasSlideView *view = show_view (&window);
  guint n_charts = 0;

  for (guint i = 0; i < g_list_model_get_n_items (statistics); i++)
    {
      g_autoptr(AtlasStatistic) statistic = g_list_model_get_item (statistics, i);
      GPtrArray *series = atlas_statistic_get_series (statistic);
      g_autoptr(AtlasSlide) found = NULL;

      if (series->len == 0)
        continue;

      /* the statistic's first slide draws its first series */
      for (guint j = 0; j < g_list_model_get_n_items (slides) && found == NULL; j++)
        {
          g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, j);

          if (g_strcmp0 (atlas_slide_get_item_id (slide), atlas_item_get_id (ATLAS_ITEM (statistic))) == 0)
            found = g_steal_pointer (&slide);
        }
      g_assert_nonnull (found);
      g_assert_true (atlas_slide_get_series (found) == g_ptr_array_index (series, 0));

      /* its headline figure, what it counts, its source */
      {
        g_autofree char *value = atlas_format_figure_value (atlas_statistic_get_headline (statistic));

        g_assert_cmpstr (atlas_slide_get_title (found), ==, value);
        g_assert_cmpstr (atlas_slide_get_kicker (found), ==, atlas_item_get_title (ATLAS_ITEM (statistic)));
        g_assert_nonnull (atlas_slide_get_footer (found));
      }

      /* drawn large: the chart fills the slide's free room, its labels at
       * 28 px, the years and a value shown */
      assert_slide_readable (view, found);
      {
        AtlasChart *chart = ATLAS_CHART (gtk_widget_get_template_child (GTK_WIDGET (view), ATLAS_TYPE_SLIDE_VIEW, "chart"));
        int width = gtk_widget_get_width (GTK_WIDGET (chart));
        int height = gtk_widget_get_height (GTK_WIDGET (chart));
        g_autoptr(PangoLayout) layout = NULL;
        g_autoptr(AtlasChartLayout) chart_layout = NULL;
        guint n_years = 0, n_values = 0;

        g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart)));
        g_assert_true (atlas_chart_get_series (chart) == g_ptr_array_index (series, 0));
        g_assert_cmpfloat (atlas_chart_get_text_size (chart), >=, MIN_TEXT - 0.01);
        g_assert_cmpint (width, >=, WIDTH / 2);
        g_assert_cmpint (height, >=, HEIGHT / 4);

        layout = atlas_chart_create_pango_layout (gtk_widget_get_pango_context (GTK_WIDGET (chart)), NULL,
                                                  atlas_chart_get_text_size (chart));
        chart_layout = atlas_chart_layout_new (layout, g_ptr_array_index (series, 0), width, height,
                                               atlas_chart_get_text_size (chart));
        g_assert_nonnull (chart_layout);
        for (guint k = 0; k < chart_layout->labels->len; k++)
          {
            const AtlasChartLabel *label = &g_array_index (chart_layout->labels, AtlasChartLabel, k);

            n_years += label->kind == ATLAS_CHART_LABEL_YEAR;
            n_values += label->kind == ATLAS_CHART_LABEL_VALUE;
          }
        g_assert_cmpuint (n_years, >=, 2);
        g_assert_cmpuint (n_values, >=, 1);
      }

      n_charts++;
    }

  g_assert_cmpuint (n_charts, >=, 3);
  close_view (window, view);
}

/* A publication's footer names its authors and year, not its title
 * again; a law's penalty is in its body, in the text's colour */
static void
test_footers (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  g_autoptr(GListModel) research = atlas_slide_list_new (profile, ATLAS_SECTION_RESEARCH);
  g_autoptr(GListModel) legislation = atlas_slide_list_new (profile, ATLAS_SECTION_LEGISLATION);
  guint n_penalties = 0;

  for (guint i = 0; i < g_list_model_get_n_items (research); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (research, i);
      AtlasPublication *publication =
        atlas_test_find_item (atlas_profile_get_research (profile), atlas_slide_get_item_id (slide));
      g_autofree char *year = g_strdup_printf ("%d", atlas_item_get_year (ATLAS_ITEM (publication)));
      const char *footer = atlas_slide_get_footer (slide);
      const char * const *authors = atlas_publication_get_authors (publication);

      g_assert_nonnull (footer);
      g_assert_null (strstr (footer, atlas_item_get_title (ATLAS_ITEM (publication))));
      g_assert_nonnull (strstr (footer, year));
      if (authors != NULL && authors[0] != NULL)
        g_assert_true (g_str_has_prefix (footer, authors[0]));
    }

  for (guint i = 0; i < g_list_model_get_n_items (legislation); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (legislation, i);
      AtlasLegalItem *law =
        atlas_test_find_item (atlas_profile_get_legislation (profile), atlas_slide_get_item_id (slide));
      const char *penalty = atlas_legal_item_get_penalty (law);

      if (penalty == NULL)
        continue;

      g_assert_nonnull (strstr (atlas_slide_get_body (slide), penalty));
      g_assert_true (atlas_slide_get_footer (slide) == NULL || strstr (atlas_slide_get_footer (slide), penalty) == NULL);
      n_penalties++;
    }
  g_assert_cmpuint (n_penalties, >=, 1);
}

int
main (int   argc,
      char *argv[])
{
  atlas_test_init (&argc, &argv);

  g_test_add_func ("/Atlas/SlideView/fit", test_fit);
  g_test_add_func ("/Atlas/SlideView/footers", test_footers);
  g_test_add_func ("/Atlas/SlideView/charts", test_chart_slides);
  g_test_add_func ("/Atlas/SlideView/belgium", test_belgium);
  g_test_add_func ("/Atlas/SlideView/generated", test_generated);

  return g_test_run ();
}

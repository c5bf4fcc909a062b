/* test-contrast.c: the contrast of text and focus rings, measured on real
 * widgets of the app in the light, dark and high contrast styles
 *
 * Each colour is the one GTK paints: the label's colour with its alpha,
 * inside the opacity of the widget and of each of its ancestors (GTK and
 * libadwaita dim text by `opacity`), over the backgrounds of those
 * ancestors, all as the app's stylesheets (style.css, and style-hc.css in
 * high contrast, loaded by AdwApplication) compute them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "atlas-chart.h"
#include "atlas-presentation.h"
#include "atlas-slide.h"
#include "atlas-test-utils.h"

/* WCAG 2.x: text (also small text) 4.5:1; user interface components such
 * as a focus indicator 3:1 */
#define TEXT_MINIMUM 4.5
#define RING_MINIMUM 3.0

typedef enum {
  STYLE_LIGHT,
  STYLE_DARK,
  STYLE_HIGH_CONTRAST,
  N_STYLES
} Style;

static const char * const style_names[N_STYLES] = { "light", "dark", "high contrast" };

/* WCAG 2 relative luminance and contrast ratio */
static double
luminance (const GdkRGBA *c)
{
  double channel[3] = { c->red, c->green, c->blue };

  for (int i = 0; i < 3; i++)
    channel[i] = channel[i] <= 0.03928 ? channel[i] / 12.92 : pow ((channel[i] + 0.055) / 1.055, 2.4);

  return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
}

static double
contrast (const GdkRGBA *fg,
          const GdkRGBA *bg)
{
  double a = luminance (fg), b = luminance (bg);

  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/* @top painted over the opaque @bottom */
static GdkRGBA
over (const GdkRGBA *top,
      const GdkRGBA *bottom)
{
  return (GdkRGBA) {
    top->red * top->alpha + bottom->red * (1 - top->alpha),
    top->green * top->alpha + bottom->green * (1 - top->alpha),
    top->blue * top->alpha + bottom->blue * (1 - top->alpha),
    1,
  };
}

/* What an opacity group of @opacity leaves of @inside over @under */
static GdkRGBA
mix (const GdkRGBA *under,
     const GdkRGBA *inside,
     double         opacity)
{
  return (GdkRGBA) {
    under->red + (inside->red - under->red) * opacity,
    under->green + (inside->green - under->green) * opacity,
    under->blue + (inside->blue - under->blue) * opacity,
    1,
  };
}

/* GTK 4.8 has no API that returns a widget's computed `opacity`,
 * `background-color` or `outline-color`; the style context prints them,
 * each property a rule set on one line ("  opacity: 0.55; / * file * /"),
 * with GTK_CSS_DEBUG set (main()). Returns %NULL for a property no rule
 * sets (its initial value). */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static char *
style_value (GtkWidget  *widget,
             const char *property)
{
  g_autofree char *style = gtk_style_context_to_string (gtk_widget_get_style_context (widget),
                                                        GTK_STYLE_CONTEXT_PRINT_SHOW_STYLE);
  g_auto(GStrv) lines = g_strsplit (style, "\n", -1);
  g_autofree char *prefix = g_strconcat (property, ": ", NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ')
        line++;
      if (g_str_has_prefix (line, prefix))
        {
          const char *value = line + strlen (prefix);
          const char *end = strchr (value, ';');

          return g_strndup (value, end != NULL ? (gsize) (end - value) : strlen (value));
        }
    }

  return NULL;
}

static GdkRGBA
text_color (GtkWidget *widget)
{
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  return color;
}

static GdkRGBA
named_color (GtkWidget  *widget,
             const char *name)
{
  GdkRGBA color;

  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), name, &color));
  return color;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static double
srgb_encode (double linear)
{
  linear = CLAMP (linear, 0.0, 1.0);
  return linear <= 0.0031308 ? 12.92 * linear : 1.055 * pow (linear, 1 / 2.4) - 0.055;
}

/* A colour as GTK writes it: rgb() and names, which gdk_rgba_parse()
 * reads, or, from GTK 4.16 on, oklab(), oklch() and color(srgb …) for
 * colours it computed (libadwaita 1.7 mixes its colours in Oklab) */
static gboolean
parse_css_color (const char *text,
                 GdkRGBA    *color)
{
  double v[4] = { 0, 0, 0, 1 };
  const char *open = strchr (text, '(');
  g_auto(GStrv) parts = NULL;
  guint n = 0;

  if (gdk_rgba_parse (color, text))
    return TRUE;
  if (open == NULL)
    return FALSE;

  parts = g_strsplit_set (open + 1, " /)", -1);
  for (guint i = 0; parts[i] != NULL && n < 4; i++)
    {
      char *end;
      double number;

      if (*parts[i] == '\0' || g_str_equal (parts[i], "srgb"))
        continue;
      number = g_ascii_strtod (parts[i], &end);
      if (end == parts[i])
        return FALSE;
      v[n++] = *end == '%' ? number / 100 : number;
    }
  if (n < 3)
    return FALSE;

  if (g_str_has_prefix (text, "color(srgb "))
    {
      *color = (GdkRGBA) { v[0], v[1], v[2], v[3] };
      return TRUE;
    }

  if (g_str_has_prefix (text, "oklch("))
    {
      double chroma = v[1], hue = v[2] * G_PI / 180;

      v[1] = chroma * cos (hue);
      v[2] = chroma * sin (hue);
    }
  else if (!g_str_has_prefix (text, "oklab("))
    return FALSE;

  /* Oklab to linear sRGB (Björn Ottosson's matrices) */
  {
    double l = pow (v[0] + 0.3963377774 * v[1] + 0.2158037573 * v[2], 3);
    double m = pow (v[0] - 0.1055613458 * v[1] - 0.0638541728 * v[2], 3);
    double s = pow (v[0] - 0.0894841775 * v[1] - 1.2914855480 * v[2], 3);

    color->red = srgb_encode (4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s);
    color->green = srgb_encode (-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s);
    color->blue = srgb_encode (-0.0041960863 * l - 0.7034186147 * m + 1.7076147010 * s);
    color->alpha = v[3];
  }

  return TRUE;
}

static GdkRGBA
style_color (GtkWidget  *widget,
             const char *property,
             GdkRGBA     fallback)
{
  g_autofree char *value = style_value (widget, property);
  GdkRGBA color;

  if (value == NULL)
    return fallback;
  if (!parse_css_color (value, &color))
    g_error ("%s: cannot read the colour “%s”", property, value);
  return color;
}

/* The widget's `opacity` (the stylesheets') times its opacity property */
static double
widget_opacity (GtkWidget *widget)
{
  g_autofree char *value = style_value (widget, "opacity");

  return (value != NULL ? g_ascii_strtod (value, NULL) : 1.0) * gtk_widget_get_opacity (widget);
}

/* Paints the chain @chain[i..] over @under, with @fg (or nothing) drawn on
 * its last widget, as GTK does: each widget's background, its children,
 * then the whole inside its opacity */
static GdkRGBA
paint (GPtrArray     *chain,
       guint          i,
       const GdkRGBA *under,
       const GdkRGBA *fg)
{
  GtkWidget *widget = g_ptr_array_index (chain, i);
  GdkRGBA background = style_color (widget, "background-color", (GdkRGBA) { 0, 0, 0, 0 });
  GdkRGBA inside = over (&background, under);

  if (i + 1 < chain->len)
    inside = paint (chain, i + 1, &inside, fg);
  else if (fg != NULL)
    inside = over (fg, &inside);

  return mix (under, &inside, widget_opacity (widget));
}

typedef struct {
  GdkRGBA fg;
  GdkRGBA bg;
  double  ratio;
} Measure;

/* @fg drawn on @widget, and the background around it, as they reach the
 * screen */
static Measure
measure (GtkWidget     *widget,
         const GdkRGBA *fg)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GdkRGBA black = { 0, 0, 0, 1 };
  Measure m;

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);

  /* A window paints an opaque background: what is under it does not
   * show */
  m.fg = paint (chain, 0, &black, fg);
  m.bg = paint (chain, 0, &black, NULL);
  m.ratio = contrast (&m.fg, &m.bg);

  return m;
}

static Measure
measure_text (GtkWidget *label)
{
  GdkRGBA color = text_color (label);

  return measure (label, &color);
}

static char *
hex (const GdkRGBA *c)
{
  return g_strdup_printf ("#%02x%02x%02x",
                          (int) round (c->red * 255), (int) round (c->green * 255), (int) round (c->blue * 255));
}

/* Prints the figure for the report and checks it */
static void
check (Style          style,
       const char    *what,
       const Measure *m,
       double         minimum)
{
  g_autofree char *fg = hex (&m->fg);
  g_autofree char *bg = hex (&m->bg);

  g_test_message ("%-13s  %-34s %5.2f:1  (%s on %s)%s", style_names[style], what, m->ratio, fg, bg,
                  m->ratio < minimum ? "  BELOW" : "");
  if (m->ratio < minimum)
    g_test_fail_printf ("%s, %s: %.2f:1 (%s on %s), below %.1f:1",
                        style_names[style], what, m->ratio, fg, bg, minimum);
}

static gboolean
is_label (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget);
}

static gboolean
is_link (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "link");
}

/* The first widget under @widget (itself included) with @css_class and,
 * unless G_TYPE_INVALID, of @type */
static GtkWidget *
find_class (GtkWidget  *widget,
            const char *css_class,
            GType       type)
{
  if (gtk_widget_has_css_class (widget, css_class) &&
      (type == G_TYPE_INVALID || G_TYPE_CHECK_INSTANCE_TYPE (widget, type)))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_class (child, css_class, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Every label under @widget that is drawn has @minimum: the pairs named
 * above are the ones reported, this catches the others */
static void
check_every_label (Style       style,
                   const char *where,
                   GtkWidget  *widget,
                   double      minimum)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GtkWidget *worst = NULL;
  Measure worst_measure = { .ratio = G_MAXDOUBLE };

  atlas_test_collect (widget, is_label, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);
      Measure m;

      if (!gtk_widget_is_drawable (label) || gtk_label_get_text (GTK_LABEL (label))[0] == '\0')
        continue;
      m = measure_text (label);
      if (m.ratio < worst_measure.ratio)
        {
          worst = label;
          worst_measure = m;
        }
    }

  g_assert_nonnull (worst);
  {
    g_autofree char *what = g_strdup_printf ("%s: every label (\"%.20s\")", where,
                                             gtk_label_get_text (GTK_LABEL (worst)));

    check (style, what, &worst_measure, minimum);
  }
}

/* The keyboard focus ring of @widget, shown: its `outline-color` on what
 * is under it (the ring sits on the edge of the widget's own background
 * and of its parent's) */
static void
check_focus_ring (Style       style,
                  const char *what,
                  GtkWidget  *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *width = NULL;
  GdkRGBA ring;
  Measure inner, outer;
  g_autofree char *outer_what = g_strconcat (what, " (outside)", NULL);

  gtk_window_set_focus_visible (GTK_WINDOW (root), TRUE);
  g_assert_true (gtk_widget_grab_focus (widget));
  gtk_test_widget_wait_for_draw (widget);
  g_assert_true (gtk_widget_has_visible_focus (widget));

  /* a ring is drawn at all */
  width = style_value (widget, "outline-width");
  g_assert_nonnull (width);
  g_assert_cmpfloat (g_ascii_strtod (width, NULL), >=, 1);

  ring = style_color (widget, "outline-color", text_color (widget));
  inner = measure (widget, &ring);
  check (style, what, &inner, RING_MINIMUM);
  outer = measure (gtk_widget_get_parent (widget), &ring);
  check (style, outer_what, &outer, RING_MINIMUM);
}

static void
check_overview (Style        style,
                AtlasWindow *window)
{
  GtkWidget *page = atlas_test_show_page (window, ATLAS_SECTION_OVERVIEW);
  GtkWidget *card = find_class (page, "atlas-statistic", G_TYPE_INVALID);
  GtkWidget *helpline = find_class (page, "atlas-helpline", G_TYPE_INVALID);
  g_autoptr(GPtrArray) links = g_ptr_array_new ();
  g_autoptr(GPtrArray) helpline_links = g_ptr_array_new ();
  Measure m;

  g_assert_nonnull (card);
  g_assert_nonnull (helpline);
  g_assert_true (gtk_widget_is_drawable (helpline));

  /* Only style-hc.css takes the helpline's tint away: in high contrast,
   * that stylesheet is the one applied */
  {
    GdkRGBA tint = style_color (helpline, "background-color", (GdkRGBA) { 0, 0, 0, 0 });

    if (style == STYLE_HIGH_CONTRAST)
      g_assert_cmpfloat (tint.alpha, ==, 0);
    else
      g_assert_cmpfloat (tint.alpha, >, 0);
  }

  /* A statistic: its name, and "persons aged 0-14 · 2023" under it */
  m = measure_text (find_class (card, "heading", GTK_TYPE_LABEL));
  check (style, "statistic name on card", &m, TEXT_MINIMUM);
  m = measure_text (find_class (card, "dim-label", GTK_TYPE_LABEL));
  check (style, "statistic subtitle on card", &m, TEXT_MINIMUM);
  atlas_test_collect (card, is_link, links);
  g_assert_cmpuint (links->len, >, 0);
  m = measure_text (gtk_button_get_child (g_ptr_array_index (links, 0)));
  check (style, "statistic source link on card", &m, TEXT_MINIMUM);

  /* The helpline: "free · 24/7 · phone, chat, e-mail" and its links, on
   * its tinted box */
  m = measure_text (find_class (helpline, "title-4", GTK_TYPE_LABEL));
  check (style, "helpline name", &m, TEXT_MINIMUM);
  m = measure_text (find_class (helpline, "dim-label", GTK_TYPE_LABEL));
  check (style, "helpline details", &m, TEXT_MINIMUM);
  atlas_test_collect (helpline, is_link, helpline_links);
  g_assert_cmpuint (helpline_links->len, >=, 2);
  for (guint i = 0; i < helpline_links->len; i++)
    {
      g_autofree char *what = g_strdup_printf ("helpline link %u", i + 1);

      m = measure_text (gtk_button_get_child (g_ptr_array_index (helpline_links, i)));
      check (style, what, &m, TEXT_MINIMUM);
    }

  check_every_label (style, "overview", page, TEXT_MINIMUM);

  /* The chart draws its labels in the foreground at 75% and its line in
   * the accent colour (atlas-chart.c) */
  {
    GtkWidget *chart = atlas_test_find_descendant (page, ATLAS_TYPE_CHART, NULL);
    GdkRGBA fg, accent;

    g_assert_nonnull (chart);
    fg = text_color (chart);
    fg.alpha = 0.75;
    accent = named_color (chart, "accent_color");
    m = measure (chart, &fg);
    check (style, "chart text on card", &m, TEXT_MINIMUM);
    m = measure (chart, &accent);
    check (style, "chart line on card", &m, TEXT_MINIMUM);
  }

  /* The focus ring, on a card and on the helpline's tint (links) */
  check_focus_ring (style, "focus ring: link on card", g_ptr_array_index (links, 0));
  check_focus_ring (style, "focus ring: link on helpline", g_ptr_array_index (helpline_links, 0));
}

static void
check_sidebar (Style        style,
               AtlasWindow *window)
{
  GtkWidget *title = atlas_test_find_descendant (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE, NULL);
  GtkWidget *sidebar = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, NULL);
  GtkWidget *subtitle;
  Measure m;

  g_assert_true (gtk_widget_has_css_class (sidebar, "navigation-sidebar"));
  subtitle = find_class (title, "subtitle", GTK_TYPE_LABEL);
  g_assert_nonnull (subtitle);
  g_assert_true (gtk_widget_is_drawable (subtitle));
  m = measure_text (subtitle);
  check (style, "sidebar subtitle", &m, TEXT_MINIMUM);

  check_every_label (style, "sidebar", sidebar, TEXT_MINIMUM);
  /* the row of the section shown, the one Tab stops at */
  check_focus_ring (style, "focus ring: sidebar row",
                    GTK_WIDGET (gtk_list_box_get_selected_row (GTK_LIST_BOX (sidebar))));
}

static void
check_search (Style        style,
              AtlasWindow *window)
{
  GtkWidget *entry = atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, "search-entry");
  GtkStack *stack = GTK_STACK (atlas_test_find_descendant (GTK_WIDGET (window), GTK_TYPE_STACK, "content-stack"));
  GtkWidget *page, *row, *more;
  Measure m;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  /* a word many items hold, so that a section has more than it shows */
  gtk_editable_set_text (GTK_EDITABLE (entry), "child");
  g_signal_emit_by_name (entry, "search-changed");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "search");
  page = gtk_stack_get_visible_child (stack);

  row = find_class (page, "subtitle", GTK_TYPE_LABEL);
  g_assert_nonnull (row);
  m = measure_text (row);
  check (style, "search snippet", &m, TEXT_MINIMUM);

  more = find_class (page, "dim-label", ADW_TYPE_ACTION_ROW);
  if (more != NULL)
    {
      m = measure_text (find_class (more, "title", GTK_TYPE_LABEL));
      check (style, "search \"N more\" row", &m, TEXT_MINIMUM);
    }
  else
    g_test_message ("%-13s  no \"N more\" row in this search", style_names[style]);

  check_every_label (style, "search", page, TEXT_MINIMUM);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
}

static void
check_timeline (Style        style,
                AtlasWindow *window)
{
  GtkWidget *page = atlas_test_show_page (window, ATLAS_SECTION_TIMELINE);
  Measure m;

  /* The accent on its own tint is below 4.5:1 in the light style: the
   * tags are in the foreground colour (style.css) */
  m = measure_text (find_class (page, "atlas-tag", GTK_TYPE_LABEL));
  check (style, "timeline section tag", &m, TEXT_MINIMUM);
  m = measure_text (find_class (page, "atlas-date", GTK_TYPE_LABEL));
  check (style, "timeline date", &m, TEXT_MINIMUM);
  check_every_label (style, "timeline", page, TEXT_MINIMUM);

  /* The focus ring on the window: a row of the timeline has no
   * background of its own */
  check_focus_ring (style, "focus ring: timeline row",
                    find_class (page, "atlas-timeline", GTK_TYPE_LIST_BOX) != NULL
                    ? GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (find_class (page, "atlas-timeline", GTK_TYPE_LIST_BOX)), 0))
                    : NULL);
}

/* An item a search led to stays marked until the next action: the mark
 * (its outline, on the row's tint and around it) and the item's text on
 * the tint, without the keyboard focus ring, which the mark must not
 * need */
static void
check_found (Style        style,
             AtlasWindow *window)
{
  GtkWidget *row;
  g_autofree char *width = NULL;
  GdkRGBA ring;
  Measure m;

  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-item", "(ss)",
                                             "legislation", "penal-code-375"));
  row = atlas_test_legal_row (window, "penal-code-375");
  gtk_test_widget_wait_for_draw (row);
  g_assert_true (gtk_widget_has_css_class (row, "atlas-found"));
  g_assert_false (gtk_widget_has_visible_focus (row));

  width = style_value (row, "outline-width");
  g_assert_nonnull (width);
  g_assert_cmpfloat (g_ascii_strtod (width, NULL), >=, 2);
  ring = style_color (row, "outline-color", text_color (row));
  m = measure (row, &ring);
  check (style, "found mark", &m, RING_MINIMUM);
  m = measure (gtk_widget_get_parent (row), &ring);
  check (style, "found mark (outside)", &m, RING_MINIMUM);
  check_every_label (style, "found item", row, TEXT_MINIMUM);

  g_assert_true (gtk_widget_has_css_class (row, "atlas-found"));
}

/* The slides, as a projector shows them: the footer (a source, a
 * citation) dimmed, and a law's penalty in the colour of the body */
static void
check_slides (Style        style,
              AtlasWindow *window)
{
  AtlasPresentation *presentation;
  GListModel *slides;
  GtkWidget *body, *footer, *penalty = NULL;
  Measure m;

  atlas_window_set_section (window, ATLAS_SECTION_OVERVIEW);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));

  /* A statistic: its footer is the source of the figure */
  g_assert_nonnull (atlas_slide_get_footer (atlas_presentation_get_slide (presentation)));
  footer = GTK_WIDGET (atlas_test_find_label (GTK_WIDGET (presentation), atlas_slide_get_footer (atlas_presentation_get_slide (presentation))));
  g_assert_nonnull (footer);
  m = measure_text (footer);
  check (style, "slide footer", &m, TEXT_MINIMUM);
  check_every_label (style, "statistic slide", GTK_WIDGET (presentation), TEXT_MINIMUM);
  gtk_window_destroy (GTK_WINDOW (presentation));

  /* A law with a penalty */
  atlas_window_set_section (window, ATLAS_SECTION_LEGISLATION);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  presentation = atlas_test_find_presentation ();
  g_assert_nonnull (presentation);
  slides = atlas_presentation_get_slides (presentation);
  for (guint i = 0; i < g_list_model_get_n_items (slides) && penalty == NULL; i++)
    {
      atlas_presentation_set_position (presentation, i);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (presentation));
      penalty = GTK_WIDGET (atlas_test_find_label (GTK_WIDGET (presentation), "Penalty: "));
      if (penalty != NULL && !gtk_widget_is_drawable (penalty))
        penalty = NULL;
    }
  g_assert_nonnull (penalty);
  body = GTK_WIDGET (atlas_test_find_label (GTK_WIDGET (presentation),
                                            atlas_slide_get_title (atlas_presentation_get_slide (presentation))));
  g_assert_nonnull (body);
  m = measure_text (penalty);
  check (style, "slide penalty", &m, TEXT_MINIMUM);
  {
    Measure title = measure_text (body);

    /* a penalty is not a note: it is in the body colour, not dimmed */
    if (fabs (m.ratio - title.ratio) > 0.01)
      g_test_fail_printf ("%s: the penalty (%.2f:1) is not in the body colour (%.2f:1)",
                          style_names[style], m.ratio, title.ratio);
  }
  check_every_label (style, "law slide", GTK_WIDGET (presentation), TEXT_MINIMUM);
  gtk_window_destroy (GTK_WINDOW (presentation));
}

/* Light, dark and high contrast, each in a new window of the app on the
 * shipped profile */
static void
test_contrast (void)
{
  g_autoptr(AtlasProfile) profile = atlas_test_load_profile (RESOURCE_BASE "/profiles/be.json");
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autoptr(GSettingsSchema) a11y_schema =
    g_settings_schema_source_lookup (g_settings_schema_source_get_default (), "org.gnome.desktop.a11y.interface", TRUE);
  g_autoptr(GSettings) a11y = NULL;

  for (Style style = 0; style < N_STYLES; style++)
    {
      AtlasWindow *window;

      if (style == STYLE_HIGH_CONTRAST)
        {
          /* libadwaita takes high contrast from the desktop's settings
           * where there is no portal, as here */
          if (a11y_schema == NULL || !g_settings_schema_has_key (a11y_schema, "high-contrast"))
            {
              g_test_skip ("no org.gnome.desktop.a11y.interface schema: high contrast not measured");
              break;
            }
          a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
          g_settings_set_boolean (a11y, "high-contrast", TRUE);
          g_assert_true (adw_style_manager_get_high_contrast (manager));
        }

      adw_style_manager_set_color_scheme (manager, style == STYLE_DARK ? ADW_COLOR_SCHEME_FORCE_DARK
                                                                       : ADW_COLOR_SCHEME_FORCE_LIGHT);
      g_assert_cmpint (adw_style_manager_get_dark (manager), ==, style == STYLE_DARK);

      window = atlas_test_create_window (profile, 1280, 800);
      /* win.present opens the presentation in the window's application */
      gtk_application_add_window (GTK_APPLICATION (atlas_test_get_application ()), GTK_WINDOW (window));

      check_overview (style, window);
      check_sidebar (style, window);
      check_search (style, window);
      check_timeline (style, window);
      check_found (style, window);
      check_slides (style, window);

      gtk_window_destroy (GTK_WINDOW (window));
    }

  if (a11y != NULL)
    g_settings_set_boolean (a11y, "high-contrast", FALSE);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  /* GTK then keeps where each computed property comes from, and the style
   * context prints those properties (style_value()): read before GTK
   * makes its first CSS provider */
  g_setenv ("GTK_CSS_DEBUG", "1", TRUE);
  atlas_test_init (&argc, &argv);

  /* Colours are read once the widget is drawn: without transitions, they
   * are the final ones (a focus ring fades in over 200 ms) */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/Atlas/Contrast/styles", test_contrast);

  return g_test_run ();
}

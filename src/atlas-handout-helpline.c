/* atlas-handout-helpline.c: the helpline at the top of a handout's first page
 *
 * What a pupil takes home: in a thin frame, the line that invites to call
 * ("Need help? Call, chat or write"), the number in large type (116 000),
 * the helpline's name, its website in large type, and beside them the QR
 * code of the website, drawn as vectors (atlas-qr.c); under them the
 * helpline's description, its dated notes and its source, as on its slide.
 * The texts are the helpline slide's (atlas-slide.c), so that the page,
 * the slide and the handout say the same.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-handout"

#include "config.h"

#include "atlas-handout-helpline.h"
#include "atlas-qr.h"
#include "atlas-sections.h"
#include "atlas-slide.h"
#include "atlas-url.h"

/* Points */
#define PADDING  10.0
#define GAP      14.0
#define QR_SIZE  96.0  /* 34 mm: about a millimetre a module */

typedef enum {
  LINE_KICKER,
  LINE_NUMBER,
  LINE_NAME,
  LINE_WEBSITE,
  LINE_BODY,
  LINE_NOTES,
  LINE_SOURCE,
  N_LINES
} Line;

static const struct {
  const char *font;
  double      space_before;
} line_styles[N_LINES] = {
  [LINE_KICKER] = { "Sans Bold 9", 0 },
  [LINE_NUMBER] = { "Sans Bold 30", 2 },
  [LINE_NAME] = { "Sans Bold 13", 0 },
  [LINE_WEBSITE] = { "Sans Bold 20", 4 },
  [LINE_BODY] = { "Sans 9.5", 8 },
  [LINE_NOTES] = { "Sans 9", 3 },
  [LINE_SOURCE] = { "Sans Italic 8", 3 },
};

struct _AtlasHandoutHelpline
{
  char          *url;               /* nullable */
  char          *texts[N_LINES];    /* nullable each */
  PangoLayout   *layouts[N_LINES];  /* made by _layout(), nullable each */
  AtlasQrMatrix *qr;                /* nullable */
  double         width;
  double         height;
};

static AtlasSlide *
find_helpline_slide (AtlasProfile *profile)
{
  g_autoptr(GListModel) slides = atlas_slide_list_new (profile, ATLAS_SECTION_OVERVIEW);

  for (guint i = g_list_model_get_n_items (slides); i > 0; i--)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (slides, i - 1);

      if (g_strcmp0 (atlas_slide_get_item_id (slide), "helpline") == 0)
        return g_steal_pointer (&slide);
    }

  return NULL;
}

/**
 * atlas_handout_helpline_new:
 *
 * Returns: (transfer full) (nullable): the helpline block of @profile's
 *   handouts, %NULL when the profile names no helpline
 */
AtlasHandoutHelpline *
atlas_handout_helpline_new (AtlasProfile *profile)
{
  AtlasHelpline *helpline = atlas_profile_get_helpline (profile);
  g_autoptr(AtlasSlide) slide = NULL;
  AtlasHandoutHelpline *self;
  const char *url;

  if (helpline == NULL || (slide = find_helpline_slide (profile)) == NULL)
    return NULL;

  self = g_new0 (AtlasHandoutHelpline, 1);
  url = atlas_helpline_get_url (helpline);

  self->texts[LINE_KICKER] = g_strdup (atlas_slide_get_kicker (slide));
  self->texts[LINE_NUMBER] = atlas_helpline_format_number (helpline);
  self->texts[LINE_NAME] = g_strdup (atlas_helpline_get_name (helpline));
  self->texts[LINE_WEBSITE] = atlas_url_format_short (url);
  self->texts[LINE_BODY] = g_strdup (atlas_slide_get_body (slide));
  self->texts[LINE_NOTES] = g_strdup (atlas_slide_get_notes (slide));
  self->texts[LINE_SOURCE] = g_strdup (atlas_slide_get_footer (slide));

  if (url != NULL && atlas_url_is_web (url))
    {
      self->url = g_strdup (url);
      g_autoptr(GError) error = NULL;

      self->qr = atlas_qr_matrix_new (url, &error);
      if (self->qr == NULL)
        g_debug ("No QR code of %s: %s", url, error->message);
    }

  return self;
}

void
atlas_handout_helpline_free (AtlasHandoutHelpline *self)
{
  if (self == NULL)
    return;

  g_free (self->url);
  for (guint i = 0; i < N_LINES; i++)
    {
      g_free (self->texts[i]);
      g_clear_object (&self->layouts[i]);
    }
  atlas_qr_matrix_free (self->qr);
  g_free (self);
}

/* The number, name and website beside the code; the rest under them */
static gboolean
is_beside_code (Line line)
{
  return line <= LINE_WEBSITE;
}

/**
 * atlas_handout_helpline_layout:
 * @width: the width of the page's text
 *
 * Lays the block out for @context at @width.
 *
 * Returns: its height, in points
 */
double
atlas_handout_helpline_layout (AtlasHandoutHelpline *self,
                               GtkPrintContext      *context,
                               double                width)
{
  double qr_size = self->qr != NULL ? QR_SIZE : 0;
  double beside = 0, under = 0;

  self->width = width;

  for (Line line = 0; line < N_LINES; line++)
    {
      double text_width = width - 2 * PADDING;
      double height;

      g_clear_object (&self->layouts[line]);
      if (self->texts[line] == NULL || self->texts[line][0] == '\0')
        continue;

      if (is_beside_code (line) && qr_size > 0)
        text_width -= qr_size + GAP;

      self->layouts[line] = atlas_handout_create_layout (context, line_styles[line].font, text_width,
                                                         self->texts[line], &height);
      if (is_beside_code (line))
        beside += line_styles[line].space_before + height;
      else
        under += line_styles[line].space_before + height;
    }

  self->height = 2 * PADDING + MAX (beside, qr_size) + under;
  return self->height;
}

/**
 * atlas_handout_helpline_draw:
 * @cr: the page, its text's top left corner at the origin
 * @y: where the block starts
 *
 * Draws the block as laid out by atlas_handout_helpline_layout().
 */
void
atlas_handout_helpline_draw (AtlasHandoutHelpline *self,
                             cairo_t              *cr,
                             double                y)
{
  double text_y = y + PADDING;

  cairo_save (cr);

  /* A thin frame, which a copier keeps */
  cairo_set_line_width (cr, 0.75);
  cairo_set_source_rgb (cr, 0.55, 0.55, 0.55);
  cairo_rectangle (cr, 0.375, y + 0.375, self->width - 0.75, self->height - 0.75);
  cairo_stroke (cr);

  if (self->qr != NULL)
    atlas_qr_draw (cr, self->qr, self->width - PADDING - QR_SIZE, y + PADDING, QR_SIZE);

  for (Line line = 0; line < N_LINES; line++)
    {
      int height;

      if (self->layouts[line] == NULL)
        continue;

      /* The rest goes under the code, or under the number if it is taller */
      if (line == LINE_BODY && self->qr != NULL)
        text_y = MAX (text_y, y + PADDING + QR_SIZE);

      text_y += line_styles[line].space_before;
      if (line == LINE_SOURCE || line == LINE_KICKER)
        cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
      else
        cairo_set_source_rgb (cr, 0, 0, 0);
      cairo_move_to (cr, PADDING, text_y);
      if (line == LINE_WEBSITE && self->url != NULL)
        atlas_handout_begin_link (cr, self->url);
      pango_cairo_show_layout (cr, self->layouts[line]);
      if (line == LINE_WEBSITE && self->url != NULL)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
      pango_layout_get_size (self->layouts[line], NULL, &height);
      text_y += (double) height / PANGO_SCALE;
    }

  cairo_restore (cr);
}

/**
 * atlas_handout_create_layout:
 * @font: a Pango font description: "Sans Bold 11"
 * @width: where @text wraps, in points
 * @height: (out): the height of the text, in points
 *
 * Returns: (transfer full): a layout of @text for the pages of @context
 */
PangoLayout *
atlas_handout_create_layout (GtkPrintContext *context,
                             const char      *font,
                             double           width,
                             const char      *text,
                             double          *height)
{
  PangoLayout *layout = gtk_print_context_create_pango_layout (context);
  PangoFontDescription *description = pango_font_description_from_string (font);
  int layout_height;

  pango_layout_set_font_description (layout, description);
  pango_font_description_free (description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);

  pango_layout_get_size (layout, NULL, &layout_height);
  *height = (double) layout_height / PANGO_SCALE;
  return layout;
}

/**
 * atlas_handout_begin_link:
 * @url: a web address (atlas_url_is_web())
 *
 * Makes what is drawn until cairo_tag_end (@cr, %CAIRO_TAG_LINK) a link
 * to @url in a PDF; other surfaces ignore it.
 */
void
atlas_handout_begin_link (cairo_t    *cr,
                          const char *url)
{
  GString *attributes = g_string_new ("uri='");

  /* Quotes and backslashes are escaped in cairo's attribute strings */
  for (const char *p = url; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  g_string_free (attributes, TRUE);
}

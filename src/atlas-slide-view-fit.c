/* atlas-slide-view-fit.c: an AtlasSlideView's text fitted to its size:
 * the sizes, the parts, and what each part shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-slide-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "atlas-qr-code.h"
#include "atlas-sections.h"
#include "atlas-slide-parts.h"
#include "atlas-slide-view-private.h"
#include "atlas-url.h"

/* The body text is the view's height divided by this: 32 px at 768 */
#define LINES_PER_SCREEN 24.0
/* No text below 28 px at 768 px, and in proportion on other heights */
#define MIN_TEXT_PER_HEIGHT (28.0 / 768.0)
/* A slide is cut into at most this many parts */
#define MAX_PARTS 64
/* More text than a screen holds at the minimum size */
#define GUESS_BYTES 4096

/* An absolute size in pixels for all of @label's text */
static void
set_text_size (GtkLabel *label,
               double    px)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  pango_attr_list_insert (attributes, pango_attr_size_new_absolute ((int) (px * PANGO_SCALE)));
  gtk_label_set_attributes (label, attributes);
  pango_attr_list_unref (attributes);
}

/* The body and kicker at @px, the title larger, the rest at the minimum */
static void
apply_text_size (AtlasSlideView *self,
                 double          px)
{
  double small = self->min_text_size;

  set_text_size (self->heading_label, small);
  set_text_size (self->counter_label, small);
  set_text_size (self->kicker_label, px);
  set_text_size (self->body_label, px);
  set_text_size (self->notes_label, small);
  set_text_size (self->footer_label, small);
  set_text_size (self->part_label, small);
  atlas_chart_set_text_size (self->chart, small);
  gtk_box_set_spacing (GTK_BOX (self->content), (int) (px / 2));

  /* The website in large type, its QR code six lines high in whole
   * pixels a module */
  set_text_size (self->website_label, px * 2);
  {
    guint modules = atlas_qr_code_get_modules (ATLAS_QR_CODE (self->qr_code));
    int side = modules > 0 ? (int) (px * 6 / modules) * (int) modules : (int) (px * 6);

    gtk_widget_set_size_request (self->qr_code, side, side);
  }
}

void
_atlas_slide_view_set_label (GtkLabel   *label,
                             const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* What the body and footer show: the slide's, or the classroom-safe note */
static const char *
get_body (AtlasSlideView *self)
{
  if (self->slide == NULL)
    return NULL;

  return self->hiding_details ? atlas_classroom_safe_note () : atlas_slide_get_body (self->slide);
}

static const char *
get_footer (AtlasSlideView *self)
{
  if (self->slide == NULL)
    return NULL;

  return self->hiding_details ? _("Press D to show them.") : atlas_slide_get_footer (self->slide);
}

static const char *
get_title (AtlasSlideView *self)
{
  return self->slide != NULL ? atlas_slide_get_title (self->slide) : _("Nothing to present in this section");
}

/* The text that flows over the parts: the notes (which a split slide
 * shows first, so that they are on its first part), then the body */
void
_atlas_slide_view_update_flow (AtlasSlideView *self)
{
  const char *notes = self->slide != NULL ? atlas_slide_get_notes (self->slide) : NULL;
  const char *body = get_body (self);

  g_free (self->flow);
  if (notes != NULL && notes[0] != '\0')
    {
      self->flow = g_strconcat (notes, "\n\n", body, NULL);
      self->body_start = strlen (notes) + 2;
    }
  else
    {
      self->flow = g_strdup (body != NULL ? body : "");
      self->body_start = 0;
    }
}

/* The flow's bytes from @start to @end, within @from and @to, stripped;
 * %NULL for none */
static char *
flow_text (AtlasSlideView *self,
           gsize           start,
           gsize           end,
           gsize           from,
           gsize           to)
{
  start = MAX (start, from);
  end = MIN (end, to);

  return start < end ? g_strstrip (g_strndup (self->flow + start, end - start)) : NULL;
}

/* Shows part @index (of @n_parts, 0 while they are being made) with the
 * flow's bytes from @start to @end, and the footer if it is the last */
void
_atlas_slide_view_show_part (AtlasSlideView *self,
                             guint           index,
                             guint           n_parts,
                             gsize           start,
                             gsize           end,
                             gboolean        last)
{
  const char *title = get_title (self);
  AtlasSeries *series = self->slide != NULL && !self->hiding_details ? atlas_slide_get_series (self->slide) : NULL;
  gsize notes_end = self->body_start > 0 ? self->body_start - 2 : 0;
  g_autofree char *notes = flow_text (self, start, end, 0, notes_end);
  g_autofree char *body = flow_text (self, start, end, self->body_start, strlen (self->flow));
  gboolean split = n_parts != 1;

  if (index == 0)
    {
      _atlas_slide_view_set_label (self->title_label, title);
      set_text_size (self->title_label, self->text_size * 1.5);
    }
  else
    {
      /* TRANSLATORS: the heading of the second and later parts of a slide too long for one screen; %s is the slide's title */
      g_autofree char *continued = g_strdup_printf (_("%s (continued)"), title);

      _atlas_slide_view_set_label (self->title_label, continued);
      set_text_size (self->title_label, self->min_text_size);
    }

  _atlas_slide_view_set_label (self->kicker_label, index == 0 && self->slide != NULL ? atlas_slide_get_kicker (self->slide) : NULL);
  _atlas_slide_view_set_label (self->body_label, body);
  _atlas_slide_view_set_label (self->notes_label, notes);
  _atlas_slide_view_set_label (self->footer_label, last ? get_footer (self) : NULL);

  /* The notes after the text, or before it on a slide split in parts,
   * so that they are on the first */
  gtk_box_reorder_child_after (GTK_BOX (self->content), GTK_WIDGET (self->notes_label),
                               split ? GTK_WIDGET (self->title_label) : GTK_WIDGET (self->chart));

  /* The helpline's website and its QR code, on the first part */
  {
    const char *website = index == 0 && self->slide != NULL ? atlas_slide_get_website (self->slide) : NULL;
    g_autofree char *address = atlas_url_format_short (website);

    atlas_qr_code_set_text (ATLAS_QR_CODE (self->qr_code), website);
    gtk_label_set_text (self->website_label, address != NULL ? address : "");
    gtk_widget_set_visible (self->website_box, website != NULL);
  }

  /* A chart fills the room the text leaves */
  atlas_chart_set_series (self->chart, index == 0 ? series : NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->chart), index == 0 && series != NULL);
  gtk_widget_set_valign (self->content, index == 0 && series != NULL ? GTK_ALIGN_FILL : GTK_ALIGN_CENTER);

  if (split)
    {
      guint n = MAX (n_parts, index + 1);
      /* TRANSLATORS: the part of a slide too long for one screen, in its bottom corner: "2 / 3" */
      g_autofree char *counter = g_strdup_printf (_("%u / %u"), index + 1, n);
      /* TRANSLATORS: what a screen reader says of "2 / 3" in the corner of a slide split over several screens */
      g_autofree char *name = g_strdup_printf (_("Part %u of %u"), index + 1, n);

      _atlas_slide_view_set_label (self->part_label, counter);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->part_label),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                      -1);
    }
  else
    _atlas_slide_view_set_label (self->part_label, NULL);

  /* What a screen reader says of the slide */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->content),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->title_label),
                                  -1);
}

/* Whether what the view shows fits @width by @height; how high it is */
static gboolean
fits (AtlasSlideView *self,
      int             width,
      int             height,
      int            *natural)
{
  int needed;

  gtk_widget_measure (self->frame, GTK_ORIENTATION_VERTICAL, width, NULL, &needed, NULL, NULL);
  if (natural != NULL)
    *natural = needed;

  return needed <= height;
}

static gboolean
part_fits (guint    index,
           gsize    start,
           gsize    end,
           gboolean last,
           gpointer user_data)
{
  AtlasSlideView *self = user_data;

  _atlas_slide_view_show_part (self, index, 0, start, end, last);
  return fits (self, self->fitted_width, self->fitted_height, NULL);
}

/* Where part @index from @start would end: the flow laid out as the body
 * in the room the rest of the part leaves, where its lines overflow */
static gsize
part_guess (guint    index,
            gsize    start,
            gpointer user_data)
{
  AtlasSlideView *self = user_data;
  int body_width = self->fitted_width - 2 * (self->fitted_width / 16);
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;
  gsize end = strlen (self->flow);
  gsize length = MIN (end - start, GUESS_BYTES);
  int empty, room;

  /* a screen's worth of text, not a whole long text */
  while (start + length < end && (self->flow[start + length] & 0xC0) == 0x80)
    length--;

  _atlas_slide_view_show_part (self, index, 0, start, start, FALSE);
  gtk_widget_measure (self->frame, GTK_ORIENTATION_VERTICAL, self->fitted_width, NULL, &empty, NULL, NULL);
  room = (self->fitted_height - empty - (int) (self->text_size / 2)) * PANGO_SCALE;

  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->body_label), NULL);
  pango_layout_set_text (layout, self->flow + start, (int) length);
  pango_layout_set_attributes (layout, gtk_label_get_attributes (self->body_label));
  pango_layout_set_width (layout, body_width * PANGO_SCALE);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);

  end = start + length;
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle line;

      pango_layout_iter_get_line_extents (iter, NULL, &line);
      if (line.y + line.height > room)
        {
          end = start + pango_layout_iter_get_index (iter);
          break;
        }
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return end;
}

void
_atlas_slide_view_show_current_part (AtlasSlideView *self)
{
  const AtlasSlidePart *part = &g_array_index (self->parts, AtlasSlidePart, self->part);

  _atlas_slide_view_show_part (self, self->part, self->parts->len, part->start, part->end,
                               self->part == self->parts->len - 1);
}

/* The largest size, from the view's height down to the minimum, at which
 * the slide fits the view; split into parts if it does not at the
 * minimum. Then shows the part asked for, or the last. */
void
_atlas_slide_view_fit (AtlasSlideView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int margin_x = width / 16;
  int margin_y = height / 24;
  guint n_parts = self->parts->len;
  guint part = self->part;
  double text_size = self->text_size;
  AtlasSlidePart all = { 0, 0 };

  if (width <= 0 || height <= 0)
    return;

  self->needs_fit = FALSE;
  self->fitted_width = width;
  self->fitted_height = height;
  self->min_text_size = height * MIN_TEXT_PER_HEIGHT;
  _atlas_slide_view_update_flow (self);
  all.end = strlen (self->flow);

  gtk_widget_set_margin_start (self->frame, margin_x);
  gtk_widget_set_margin_end (self->frame, margin_x);
  gtk_widget_set_margin_top (self->frame, margin_y);
  gtk_widget_set_margin_bottom (self->frame, margin_y);

  for (double px = MAX (height / LINES_PER_SCREEN, self->min_text_size); ; px = MAX (px * 0.93, self->min_text_size))
    {
      int natural;

      self->text_size = px;
      apply_text_size (self, px);
      _atlas_slide_view_show_part (self, 0, 1, 0, all.end, TRUE);

      if (fits (self, width, height, &natural))
        {
          g_array_set_size (self->parts, 0);
          g_array_append_val (self->parts, all);
          break;
        }

      /* Text takes room as the square of its size: far too long for
       * the minimum, no need to try the sizes between */
      if (natural > height * (px / self->min_text_size) * (px / self->min_text_size) * 1.1)
        px = self->min_text_size;

      if (px <= self->min_text_size)
        {
          self->text_size = px;
          apply_text_size (self, px);
          g_clear_pointer (&self->parts, g_array_unref);
          self->parts = atlas_slide_parts_split (self->flow, MAX_PARTS, part_fits, part_guess, self);
          break;
        }
    }

  self->part = MIN (self->part, self->parts->len - 1);
  _atlas_slide_view_show_current_part (self);

  _atlas_slide_view_notify_fitted (self, text_size != self->text_size,
                                   n_parts != self->parts->len, part != self->part);
}


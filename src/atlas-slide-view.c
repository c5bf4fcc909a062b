/* atlas-slide-view.c: one slide, its text fitted to the space it has
 *
 * Shows an AtlasSlide (kicker, title, body, a chart, notes, footer) under
 * a heading and a counter, in type that can be read from the back row.
 * The text is sized from the view's height: the body at a 24th of it (32
 * px at 768 px), shrunk while a long slide would not fit, but never below
 * 28 px at 768 px (the minimum follows the height); the heading, counter,
 * notes and footer are at that minimum. A slide that does not fit at the
 * minimum is split into parts, shown one at a time with "2 / 2" in the
 * bottom corner: the text breaks at a paragraph, else a sentence, else a
 * word, filling each part as far as it goes (atlas-slide-parts.c); the
 * kicker, title, chart and notes are on the first part (the notes then
 * before the body; notes too long for it, which no profile has, would go
 * on over the next), a "Title (continued)" heads the others, and the
 * footer ends the last. A slide with a website (the helpline's) shows it
 * on its first part in large type beside its QR code (AtlasQrCode), six
 * lines high. Nothing is ever cut or drawn outside the view. In the
 * classroom-safe view, a sensitive slide shows its title and a note
 * instead of its text.
 *
 * The parts are fitted as soon as the view has a size: when the slide or
 * the hidden details change (at once, if the view is allocated) and when
 * the view's size or header changes (at its next allocation). A
 * presentation steps through the parts before it moves on:
 *
 *   next:      if (part + 1 < n-parts) part++; else the next slide, part 0
 *   previous:  if (part > 0) part--; else the previous slide, and part set
 *              to G_MAXUINT, which the view clamps to its last part
 *
 * atlas_slide_view_set_slide() sets the part back to 0.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-slide-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-chart.h"
#include "atlas-qr-code.h"
#include "atlas-sections.h"
#include "atlas-slide-parts.h"
#include "atlas-slide-view-private.h"

G_DEFINE_FINAL_TYPE (AtlasSlideView, atlas_slide_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SLIDE,
  PROP_HEADING,
  PROP_COUNTER,
  PROP_HIDING_DETAILS,
  PROP_TEXT_SIZE,
  PROP_N_PARTS,
  PROP_PART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_atlas_slide_view_notify_fitted (AtlasSlideView *self,
                                 gboolean        text_size_changed,
                                 gboolean        n_parts_changed,
                                 gboolean        part_changed)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (text_size_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SIZE]);
  if (n_parts_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PARTS]);
  if (part_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Fits now if the view has a size, at its next allocation otherwise */
static void
fit_soon (AtlasSlideView *self,
          gboolean        now)
{
  self->needs_fit = TRUE;

  if (now && gtk_widget_get_width (GTK_WIDGET (self)) > 0)
    {
      _atlas_slide_view_fit (self);
      return;
    }

  /* Until then, all of it */
  if (now)
    {
      _atlas_slide_view_update_flow (self);
      _atlas_slide_view_show_part (self, 0, 1, 0, strlen (self->flow), TRUE);
    }
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

/* The heading or the counter, which are a property each */
static void
set_header_text (AtlasSlideView *self,
                 GtkLabel       *label,
                 const char     *text,
                 guint           prop_id)
{
  if (g_strcmp0 (text != NULL ? text : "", gtk_label_get_text (label)) == 0)
    return;

  _atlas_slide_view_set_label (label, text);
  fit_soon (self, FALSE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
atlas_slide_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (widget);

  /* The text is fitted to whatever size the view gets */
  gtk_widget_measure (self->frame, orientation, for_size, NULL, natural, NULL, NULL);
  *minimum = 0;
}

static void
atlas_slide_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (widget);

  /* Fitted before the frame is allocated, so that no frame shows the
   * text unfitted */
  if (self->needs_fit || width != self->fitted_width || height != self->fitted_height)
    _atlas_slide_view_fit (self);

  gtk_widget_allocate (self->frame, width, height, baseline, NULL);
}

static void
atlas_slide_view_dispose (GObject *object)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (object);

  g_clear_object (&self->slide);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SLIDE_VIEW);

  G_OBJECT_CLASS (atlas_slide_view_parent_class)->dispose (object);
}

static void
atlas_slide_view_finalize (GObject *object)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (object);

  g_clear_pointer (&self->parts, g_array_unref);
  g_free (self->flow);

  G_OBJECT_CLASS (atlas_slide_view_parent_class)->finalize (object);
}

static void
atlas_slide_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      g_value_set_object (value, self->slide);
      break;

    case PROP_HEADING:
      g_value_set_string (value, atlas_slide_view_get_heading (self));
      break;

    case PROP_COUNTER:
      g_value_set_string (value, atlas_slide_view_get_counter (self));
      break;

    case PROP_HIDING_DETAILS:
      g_value_set_boolean (value, self->hiding_details);
      break;

    case PROP_TEXT_SIZE:
      g_value_set_double (value, self->text_size);
      break;

    case PROP_N_PARTS:
      g_value_set_uint (value, atlas_slide_view_get_n_parts (self));
      break;

    case PROP_PART:
      g_value_set_uint (value, self->part);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_slide_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SLIDE:
      atlas_slide_view_set_slide (self, g_value_get_object (value));
      break;

    case PROP_HEADING:
      atlas_slide_view_set_heading (self, g_value_get_string (value));
      break;

    case PROP_COUNTER:
      atlas_slide_view_set_counter (self, g_value_get_string (value));
      break;

    case PROP_HIDING_DETAILS:
      atlas_slide_view_set_hiding_details (self, g_value_get_boolean (value));
      break;

    case PROP_PART:
      atlas_slide_view_set_part (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_slide_view_class_init (AtlasSlideViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_slide_view_dispose;
  object_class->finalize = atlas_slide_view_finalize;
  object_class->get_property = atlas_slide_view_get_property;
  object_class->set_property = atlas_slide_view_set_property;

  widget_class->measure = atlas_slide_view_measure;
  widget_class->size_allocate = atlas_slide_view_size_allocate;

  /**
   * AtlasSlideView:slide:
   *
   * The slide shown; %NULL shows that there is nothing to present.
   */
  properties[PROP_SLIDE] =
    g_param_spec_object ("slide", NULL, NULL,
                         ATLAS_TYPE_SLIDE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlideView:heading:
   *
   * What the slides are of, at the top left: the section's title.
   */
  properties[PROP_HEADING] =
    g_param_spec_string ("heading", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlideView:counter:
   *
   * Where the slide stands, at the top right: "3 / 14".
   */
  properties[PROP_COUNTER] =
    g_param_spec_string ("counter", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlideView:hiding-details:
   *
   * Whether the slide's text is hidden behind the classroom-safe note.
   */
  properties[PROP_HIDING_DETAILS] =
    g_param_spec_boolean ("hiding-details", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlideView:text-size:
   *
   * The size in pixels of the body text, as last fitted to the view.
   */
  properties[PROP_TEXT_SIZE] =
    g_param_spec_double ("text-size", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlideView:n-parts:
   *
   * How many screens the slide takes at the view's size: more than one
   * when its text does not fit one at the minimum size. 1 until the view
   * has a size.
   */
  properties[PROP_N_PARTS] =
    g_param_spec_uint ("n-parts", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSlideView:part:
   *
   * The part of the slide shown, from 0. A part past the end is the last
   * one: the view clamps it once it has fitted the slide, so that
   * %G_MAXUINT asks for the last part of a slide not yet fitted. Setting
   * the slide sets it back to 0.
   */
  properties[PROP_PART] =
    g_param_spec_uint ("part", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_CHART);
  g_type_ensure (ATLAS_TYPE_QR_CODE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-slide-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, frame);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, header);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, content);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, counter_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, kicker_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, body_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, chart);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, footer_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, part_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, website_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, qr_code);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, website_label);
}

static void
atlas_slide_view_init (AtlasSlideView *self)
{
  AtlasSlidePart all = { 0, 0 };

  gtk_widget_init_template (GTK_WIDGET (self));

  self->parts = g_array_new (FALSE, FALSE, sizeof (AtlasSlidePart));
  g_array_append_val (self->parts, all);
  self->needs_fit = TRUE;
  _atlas_slide_view_update_flow (self);
  _atlas_slide_view_show_current_part (self);
}

GtkWidget *
atlas_slide_view_new (void)
{
  return g_object_new (ATLAS_TYPE_SLIDE_VIEW, NULL);
}

/**
 * atlas_slide_view_get_slide:
 *
 * Returns: (transfer none) (nullable): the slide shown
 */
AtlasSlide *
atlas_slide_view_get_slide (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), NULL);

  return self->slide;
}

/**
 * atlas_slide_view_set_slide:
 * @slide: (nullable): the slide to show
 *
 * Shows @slide from its first part, fitted at once if the view has a size
 * (so that #AtlasSlideView:n-parts is then right).
 */
void
atlas_slide_view_set_slide (AtlasSlideView *self,
                            AtlasSlide     *slide)
{
  g_return_if_fail (ATLAS_IS_SLIDE_VIEW (self));
  g_return_if_fail (slide == NULL || ATLAS_IS_SLIDE (slide));

  if (!g_set_object (&self->slide, slide))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  self->needs_fit = TRUE;
  atlas_slide_view_set_part (self, 0);
  fit_soon (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
atlas_slide_view_get_heading (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), NULL);

  return gtk_label_get_text (self->heading_label);
}

void
atlas_slide_view_set_heading (AtlasSlideView *self,
                              const char     *heading)
{
  g_return_if_fail (ATLAS_IS_SLIDE_VIEW (self));

  set_header_text (self, self->heading_label, heading, PROP_HEADING);
}

const char *
atlas_slide_view_get_counter (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), NULL);

  return gtk_label_get_text (self->counter_label);
}

void
atlas_slide_view_set_counter (AtlasSlideView *self,
                              const char     *counter)
{
  g_return_if_fail (ATLAS_IS_SLIDE_VIEW (self));

  set_header_text (self, self->counter_label, counter, PROP_COUNTER);
}

gboolean
atlas_slide_view_get_hiding_details (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), FALSE);

  return self->hiding_details;
}

void
atlas_slide_view_set_hiding_details (AtlasSlideView *self,
                                     gboolean        hiding_details)
{
  g_return_if_fail (ATLAS_IS_SLIDE_VIEW (self));

  hiding_details = !!hiding_details;
  if (self->hiding_details == hiding_details)
    return;

  self->hiding_details = hiding_details;
  g_object_freeze_notify (G_OBJECT (self));
  self->needs_fit = TRUE;
  atlas_slide_view_set_part (self, 0);
  fit_soon (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDING_DETAILS]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * atlas_slide_view_get_text_size:
 *
 * Returns: the size in pixels of the slide's body text, as last fitted
 *   to the view
 */
double
atlas_slide_view_get_text_size (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), 0);

  return self->text_size;
}

/**
 * atlas_slide_view_get_n_parts:
 *
 * Returns: how many parts the slide is split into at the view's size, as
 *   last fitted; 1 for a slide that fits one screen
 */
guint
atlas_slide_view_get_n_parts (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), 1);

  return MAX (self->parts->len, 1);
}

/**
 * atlas_slide_view_get_part:
 *
 * Returns: the part shown, from 0 (past the end, the last, until the view
 *   has fitted the slide)
 */
guint
atlas_slide_view_get_part (AtlasSlideView *self)
{
  g_return_val_if_fail (ATLAS_IS_SLIDE_VIEW (self), 0);

  return self->part;
}

/**
 * atlas_slide_view_set_part:
 * @part: a part, from 0; past the end (%G_MAXUINT, say) for the last
 *
 * Shows part @part of the slide.
 */
void
atlas_slide_view_set_part (AtlasSlideView *self,
                           guint           part)
{
  g_return_if_fail (ATLAS_IS_SLIDE_VIEW (self));

  if (!self->needs_fit)
    part = MIN (part, self->parts->len - 1);

  if (self->part == part)
    return;

  self->part = part;
  if (!self->needs_fit)
    _atlas_slide_view_show_current_part (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PART]);
}

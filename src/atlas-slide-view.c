/* atlas-slide-view.c: one slide, its text fitted to the space it has
 *
 * Shows an AtlasSlide (kicker, title, body, footer) under a heading and a
 * counter. The text is sized from the view's height (at least 32 px at
 * 768 px, more on larger screens) and shrunk step by step while a long
 * slide would not fit: it wraps, and is never cut. In the classroom-safe
 * view, a sensitive slide shows its title and a note instead of its text.
 * A slide with a website (the helpline's) shows it in large type beside
 * its QR code (AtlasQrCode), six lines high.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-slide-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-qr-code.h"
#include "atlas-sections.h"
#include "atlas-slide-view.h"
#include "atlas-url.h"

/* The text size is the view's height divided by this: 32 px at 768 */
#define LINES_PER_SCREEN 24.0
#define MIN_TEXT_SIZE    10.0

struct _AtlasSlideView
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *frame;
  GtkWidget *header;
  GtkWidget *content;
  GtkLabel  *heading_label;
  GtkLabel  *counter_label;
  GtkLabel  *kicker_label;
  GtkLabel  *title_label;
  GtkLabel  *body_label;
  GtkLabel  *notes_label;
  GtkLabel  *footer_label;
  GtkWidget *website_box;
  GtkWidget *qr_code;
  GtkLabel  *website_label;

  AtlasSlide *slide;           /* owned, nullable */
  gboolean    hiding_details;
  double      text_size;       /* px, as last fitted */
  int         fitted_width;    /* the size the text was fitted to */
  int         fitted_height;
  guint       fit_source;
};

G_DEFINE_FINAL_TYPE (AtlasSlideView, atlas_slide_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SLIDE,
  PROP_HEADING,
  PROP_COUNTER,
  PROP_HIDING_DETAILS,
  PROP_TEXT_SIZE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
apply_text_size (AtlasSlideView *self,
                 double          px)
{
  set_text_size (self->heading_label, px * 0.75);
  set_text_size (self->counter_label, px * 0.75);
  set_text_size (self->kicker_label, px);
  set_text_size (self->title_label, px * 1.5);
  set_text_size (self->body_label, px);
  set_text_size (self->notes_label, px * 0.85);
  set_text_size (self->footer_label, px);
  /* The website in large type, its QR code six lines high */
  set_text_size (self->website_label, px * 2);
  {
    guint modules = atlas_qr_code_get_modules (ATLAS_QR_CODE (self->qr_code));
    /* whole pixels a module, so that the code fills its place */
    int side = modules > 0 ? (int) (px * 6 / modules) * (int) modules : (int) (px * 6);

    gtk_widget_set_size_request (self->qr_code, side, side);
  }
  gtk_box_set_spacing (GTK_BOX (self->content), (int) (px / 2));
}

/* The largest size, from the view's height down, at which the slide's
 * text fits the view */
static gboolean
fit_text_cb (gpointer user_data)
{
  AtlasSlideView *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  int margin_x = width / 16;
  int margin_y = height / 24;
  double px = MAX (height / LINES_PER_SCREEN, MIN_TEXT_SIZE);

  self->fit_source = 0;
  if (width <= 0 || height <= 0)
    return G_SOURCE_REMOVE;

  self->fitted_width = width;
  self->fitted_height = height;

  gtk_widget_set_margin_start (self->frame, margin_x);
  gtk_widget_set_margin_end (self->frame, margin_x);
  gtk_widget_set_margin_top (self->frame, margin_y);
  gtk_widget_set_margin_bottom (self->frame, margin_y);

  for (;;)
    {
      int header_height, content_height;

      apply_text_size (self, px);
      gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width - 2 * margin_x,
                          NULL, &header_height, NULL, NULL);
      gtk_widget_measure (self->content, GTK_ORIENTATION_VERTICAL, width - 2 * margin_x,
                          NULL, &content_height, NULL, NULL);

      if (header_height + content_height <= height - 2 * margin_y || px <= MIN_TEXT_SIZE)
        break;

      px = MAX (px * 0.9, MIN_TEXT_SIZE);
    }

  if (self->text_size != px)
    {
      self->text_size = px;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT_SIZE]);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_fit (AtlasSlideView *self)
{
  if (self->fit_source == 0)
    self->fit_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, fit_text_cb, self, NULL);
}

static void
set_label (GtkLabel   *label,
           const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
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

  set_label (label, text);
  queue_fit (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
update (AtlasSlideView *self)
{
  AtlasSlide *slide = self->slide;

  if (slide == NULL)
    {
      set_label (self->kicker_label, NULL);
      set_label (self->title_label, _("Nothing to present in this section"));
      set_label (self->body_label, NULL);
      set_label (self->notes_label, NULL);
      set_label (self->footer_label, NULL);
    }
  else
    {
      set_label (self->kicker_label, atlas_slide_get_kicker (slide));
      set_label (self->title_label, atlas_slide_get_title (slide));
      /* Hidden details or not: the note says the text is outdated */
      set_label (self->notes_label, atlas_slide_get_notes (slide));

      if (self->hiding_details)
        {
          set_label (self->body_label, atlas_classroom_safe_note ());
          set_label (self->footer_label, _("Press D to show them."));
        }
      else
        {
          set_label (self->body_label, atlas_slide_get_body (slide));
          set_label (self->footer_label, atlas_slide_get_footer (slide));
        }
    }

  /* The helpline's website and its QR code */
  {
    const char *website = slide != NULL ? atlas_slide_get_website (slide) : NULL;
    g_autofree char *address = atlas_url_format_short (website);

    atlas_qr_code_set_text (ATLAS_QR_CODE (self->qr_code), website);
    gtk_label_set_text (self->website_label, address != NULL ? address : "");
    gtk_widget_set_visible (self->website_box, website != NULL);
  }

  /* What a screen reader says of the slide */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->content),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  gtk_label_get_text (self->title_label),
                                  -1);

  queue_fit (self);
}

static void
atlas_slide_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (widget);

  GTK_WIDGET_CLASS (atlas_slide_view_parent_class)->size_allocate (widget, width, height, baseline);

  /* Fitted after the allocation, not during it */
  if (width != self->fitted_width || height != self->fitted_height)
    queue_fit (self);
}

static void
atlas_slide_view_dispose (GObject *object)
{
  AtlasSlideView *self = ATLAS_SLIDE_VIEW (object);

  g_clear_handle_id (&self->fit_source, g_source_remove);
  g_clear_object (&self->slide);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_SLIDE_VIEW);

  G_OBJECT_CLASS (atlas_slide_view_parent_class)->dispose (object);
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
  object_class->get_property = atlas_slide_view_get_property;
  object_class->set_property = atlas_slide_view_set_property;

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (ATLAS_TYPE_QR_CODE);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-slide-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, frame);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, header);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, content);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, heading_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, counter_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, kicker_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, body_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, footer_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, website_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, qr_code);
  gtk_widget_class_bind_template_child (widget_class, AtlasSlideView, website_label);
}

static void
atlas_slide_view_init (AtlasSlideView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
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

void
atlas_slide_view_set_slide (AtlasSlideView *self,
                            AtlasSlide     *slide)
{
  g_return_if_fail (ATLAS_IS_SLIDE_VIEW (self));
  g_return_if_fail (slide == NULL || ATLAS_IS_SLIDE (slide));

  if (!g_set_object (&self->slide, slide))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE]);
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
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDING_DETAILS]);
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

/* atlas-presentation.c: a section shown full screen, one item per slide
 *
 * For a projector driven with a keyboard or a presentation clicker (which
 * sends Page Up, Page Down, B, F5 and Esc): Page Down, Right, Down or Space
 * go to the next slide, Page Up, Left, Up or BackSpace to the previous
 * one, Home and End to the first and last; the last slide stays the last
 * (no wrap-around: a clicker pressed once too often does not jump back to
 * the start); after the last slide a closing slide says that it was the
 * last. B blanks the screen to black and W to white, as in Evince, and
 * the same key shows the slide again. Esc or F5 leave. Typing a slide's
 * number and Enter goes to it.
 *
 * Without a keyboard, at an interactive whiteboard or with a mouse: a
 * click or a tap goes on, a right click goes back, the wheel goes either
 * way, and the bar at the bottom (AtlasPresentationBar), shown while the
 * pointer moves or after a tap, has buttons for all of it.
 *
 * A presentation shows what the page showed: the items of its filter, in
 * its order (atlas_presentation_new_for_items()).
 *
 * The slide itself, its text fitted to the screen, is an AtlasSlideView.
 * The screen does not blank or lock while the presentation runs, and the
 * pointer hides when still.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-presentation"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-presentation-private.h"
#include "atlas-sections.h"
#include "atlas-slide-view.h"

G_DEFINE_ENUM_TYPE (AtlasBlank, atlas_blank,
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_NONE, "none"),
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_BLACK, "black"),
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_WHITE, "white"))

G_DEFINE_FINAL_TYPE (AtlasPresentation, atlas_presentation, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  PROP_SECTION,
  PROP_ITEMS,
  PROP_POSITION,
  PROP_AT_END,
  PROP_BLANK,
  PROP_POINTER_HIDE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_atlas_presentation_set_at_end (AtlasPresentation *self,
            gboolean           at_end)
{
  atlas_presentation_set_blank (self, ATLAS_BLANK_NONE);

  if (self->at_end == at_end)
    return;

  self->at_end = at_end;
  _atlas_presentation_show_slide (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_END]);
}


static void
release_inhibit (AtlasPresentation *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->inhibit_cookie != 0 && application != NULL)
    gtk_application_uninhibit (application, self->inhibit_cookie);
  self->inhibit_cookie = 0;
  self->inhibiting = FALSE;
}

static void
atlas_presentation_map (GtkWidget *widget)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  GTK_WIDGET_CLASS (atlas_presentation_parent_class)->map (widget);

  /* No screen saver or lock in front of the class. Without a session
   * manager or portal the cookie is 0: asked, not granted. */
  if (application != NULL && !self->inhibiting)
    {
      self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                      GTK_APPLICATION_INHIBIT_IDLE,
                                                      _("A presentation is running"));
      self->inhibiting = TRUE;
    }

  _atlas_presentation_show_pointer (self, FALSE);
}

static void
atlas_presentation_unmap (GtkWidget *widget)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);

  release_inhibit (self);
  g_clear_handle_id (&self->pointer_source, g_source_remove);

  GTK_WIDGET_CLASS (atlas_presentation_parent_class)->unmap (widget);
}

static void
atlas_presentation_constructed (GObject *object)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (object);

  G_OBJECT_CLASS (atlas_presentation_parent_class)->constructed (object);

  g_return_if_fail (self->context != NULL);

  self->slides = self->items != NULL ? atlas_slide_list_new_for_items (self->profile, self->section, self->items)
                                      : atlas_slide_list_new (self->profile, self->section);
  g_signal_connect_object (self->context, "notify::classroom-safe",
                           G_CALLBACK (_atlas_presentation_show_slide), self, G_CONNECT_SWAPPED);
  atlas_slide_view_set_heading (self->view, atlas_section_get_title (self->section));
  _atlas_presentation_show_slide (self);
}

static void
atlas_presentation_dispose (GObject *object)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (object);

  release_inhibit (self);
  g_clear_handle_id (&self->pointer_source, g_source_remove);
  g_clear_object (&self->slides);
  g_clear_object (&self->items);
  g_clear_object (&self->profile);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PRESENTATION);

  G_OBJECT_CLASS (atlas_presentation_parent_class)->dispose (object);
}

static void
atlas_presentation_finalize (GObject *object)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (object);

  g_string_free (self->typed, TRUE);

  G_OBJECT_CLASS (atlas_presentation_parent_class)->finalize (object);
}

static void
atlas_presentation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_SECTION:
      g_value_set_enum (value, self->section);
      break;

    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_AT_END:
      g_value_set_boolean (value, self->at_end);
      break;

    case PROP_BLANK:
      g_value_set_enum (value, self->blank);
      break;

    case PROP_POINTER_HIDE_DELAY:
      g_value_set_uint (value, self->pointer_hide_delay);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      self->section = g_value_get_enum (value);
      break;

    case PROP_ITEMS:
      self->items = g_value_dup_object (value);
      break;

    case PROP_POSITION:
      atlas_presentation_set_position (self, g_value_get_uint (value));
      break;

    case PROP_BLANK:
      atlas_presentation_set_blank (self, g_value_get_enum (value));
      break;

    case PROP_POINTER_HIDE_DELAY:
      atlas_presentation_set_pointer_hide_delay (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_class_init (AtlasPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  object_class->constructed = atlas_presentation_constructed;
  object_class->dispose = atlas_presentation_dispose;
  object_class->finalize = atlas_presentation_finalize;
  object_class->get_property = atlas_presentation_get_property;
  object_class->set_property = atlas_presentation_set_property;

  widget_class->map = atlas_presentation_map;
  widget_class->unmap = atlas_presentation_unmap;

  /**
   * AtlasPresentation:context:
   *
   * The app's shared state: whether the view is classroom-safe.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         ATLAS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:profile:
   *
   * The profile presented.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:section:
   *
   * The section presented, one item per slide.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_OVERVIEW,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:items:
   *
   * The items presented, one per slide, in this order: what the page of
   * the section showed. %NULL presents the section's own items.
   */
  properties[PROP_ITEMS] =
    g_param_spec_object ("items", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:at-end:
   *
   * Whether the closing slide is shown, after the last.
   */
  properties[PROP_AT_END] =
    g_param_spec_boolean ("at-end", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:position:
   *
   * The slide shown, from 0.
   */
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:blank:
   *
   * Whether the screen is blanked to black or white.
   */
  properties[PROP_BLANK] =
    g_param_spec_enum ("blank", NULL, NULL,
                       ATLAS_TYPE_BLANK, ATLAS_BLANK_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentation:pointer-hide-delay:
   *
   * How long, in milliseconds, the pointer stays still before it hides.
   */
  properties[PROP_POINTER_HIDE_DELAY] =
    g_param_spec_uint ("pointer-hide-delay", NULL, NULL,
                       0, G_MAXUINT, HIDE_POINTER_MS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-presentation.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, view);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, end_page);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, end_title);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, end_hint);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, jump_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, bar_revealer);
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, bar);
  gtk_widget_class_bind_template_child_full (widget_class, "blank", FALSE,
                                             G_STRUCT_OFFSET (AtlasPresentation, blank_box));

  _atlas_presentation_install_actions (widget_class);
}

static void
atlas_presentation_init (AtlasPresentation *self)
{
  g_type_ensure (ATLAS_TYPE_SLIDE_VIEW);
  g_type_ensure (ATLAS_TYPE_PRESENTATION_BAR);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pointer_hide_delay = HIDE_POINTER_MS;
  self->typed = g_string_new (NULL);

  _atlas_presentation_input_init (self);
}

/**
 * atlas_presentation_new:
 * @application: (nullable): the application, which keeps the screen on
 *   while presenting
 * @context: the app's shared state
 * @section: the section to present
 *
 * Returns: (transfer full): a presentation of @section; show it with
 *   atlas_presentation_start()
 */
AtlasPresentation *
atlas_presentation_new (GtkApplication *application,
                        AtlasContext   *context,
                        AtlasProfile   *profile,
                        AtlasSection    section)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ATLAS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_PRESENTATION,
                       "application", application,
                       "context", context,
                       "profile", profile,
                       "section", section,
                       NULL);
}

/**
 * atlas_presentation_new_for_items:
 * @application: (nullable): the application, which keeps the screen on
 *   while presenting
 * @context: the app's shared state
 * @section: the section of the page that shows @items
 * @items: a model of #AtlasItem: what the page shows, in its order
 *
 * Returns: (transfer full): a presentation of @items, one per slide
 */
AtlasPresentation *
atlas_presentation_new_for_items (GtkApplication *application,
                                  AtlasContext   *context,
                                  AtlasProfile   *profile,
                                  AtlasSection    section,
                                  GListModel     *items)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (ATLAS_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (items == NULL || G_IS_LIST_MODEL (items), NULL);

  return g_object_new (ATLAS_TYPE_PRESENTATION,
                       "application", application,
                       "context", context,
                       "profile", profile,
                       "section", section,
                       "items", items,
                       NULL);
}

/**
 * atlas_presentation_show_item:
 * @id: the id of an item
 *
 * Goes to the slide of the item @id.
 *
 * Returns: whether the presentation has a slide of @id
 */
gboolean
atlas_presentation_show_item (AtlasPresentation *self,
                              const char        *id)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  for (guint i = 0; i < g_list_model_get_n_items (self->slides); i++)
    {
      g_autoptr(AtlasSlide) slide = g_list_model_get_item (self->slides, i);

      if (g_strcmp0 (atlas_slide_get_item_id (slide), id) == 0)
        {
          atlas_presentation_set_position (self, i);
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * atlas_presentation_get_at_end:
 *
 * Returns: whether the closing slide is shown, after the last
 */
gboolean
atlas_presentation_get_at_end (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), FALSE);

  return self->at_end;
}

/**
 * atlas_presentation_start:
 * @parent: the window presented from
 *
 * Shows the presentation full screen on @parent's monitor. It also takes
 * the monitor's size, for where no window manager makes it full screen.
 */
void
atlas_presentation_start (AtlasPresentation *self,
                          GtkWindow         *parent)
{
  GdkSurface *surface;
  GdkMonitor *monitor = NULL;

  g_return_if_fail (ATLAS_IS_PRESENTATION (self));
  g_return_if_fail (GTK_IS_WINDOW (parent));

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);

  surface = gtk_native_get_surface (GTK_NATIVE (parent));
  if (surface != NULL)
    monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (parent)), surface);
  if (monitor != NULL)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
    }

  gtk_window_fullscreen (GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (self));
}

GListModel *
atlas_presentation_get_slides (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), NULL);

  return self->slides;
}

guint
atlas_presentation_get_position (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), 0);

  return self->position;
}

void
atlas_presentation_set_position (AtlasPresentation *self,
                                 guint              position)
{
  guint n;

  g_return_if_fail (ATLAS_IS_PRESENTATION (self));

  n = g_list_model_get_n_items (self->slides);
  position = n > 0 ? MIN (position, n - 1) : 0;

  /* Moving on shows the slides again after a blank */
  atlas_presentation_set_blank (self, ATLAS_BLANK_NONE);
  _atlas_presentation_set_at_end (self, FALSE);

  if (self->position == position)
    return;

  self->position = position;
  self->details_shown = FALSE;
  _atlas_presentation_show_slide (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/**
 * atlas_presentation_get_slide:
 *
 * Returns: (transfer none) (nullable): the slide shown
 */
AtlasSlide *
atlas_presentation_get_slide (AtlasPresentation *self)
{
  AtlasSlide *slide;

  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), NULL);

  if (g_list_model_get_n_items (self->slides) == 0)
    return NULL;

  slide = g_list_model_get_item (self->slides, self->position);
  /* The model keeps its own reference: transfer none */
  g_object_unref (slide);
  return slide;
}

AtlasBlank
atlas_presentation_get_blank (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), ATLAS_BLANK_NONE);

  return self->blank;
}

void
atlas_presentation_set_blank (AtlasPresentation *self,
                              AtlasBlank         blank)
{
  g_return_if_fail (ATLAS_IS_PRESENTATION (self));

  if (self->blank == blank)
    return;

  self->blank = blank;
  gtk_widget_remove_css_class (self->blank_box, "black");
  gtk_widget_remove_css_class (self->blank_box, "white");
  if (blank != ATLAS_BLANK_NONE)
    gtk_widget_add_css_class (self->blank_box, blank == ATLAS_BLANK_BLACK ? "black" : "white");
  gtk_widget_set_visible (self->blank_box, blank != ATLAS_BLANK_NONE);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

guint
atlas_presentation_get_pointer_hide_delay (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), HIDE_POINTER_MS);

  return self->pointer_hide_delay;
}

/**
 * atlas_presentation_set_pointer_hide_delay:
 * @delay: in milliseconds
 *
 * Sets how long the pointer stays still before it hides. A pointer that
 * is waiting to hide waits @delay again from now.
 */
void
atlas_presentation_set_pointer_hide_delay (AtlasPresentation *self,
                                           guint              delay)
{
  g_return_if_fail (ATLAS_IS_PRESENTATION (self));

  if (self->pointer_hide_delay == delay)
    return;

  self->pointer_hide_delay = delay;
  if (self->pointer_source != 0)
    {
      g_source_remove (self->pointer_source);
      self->pointer_source = g_timeout_add (delay, _atlas_presentation_hide_pointer_cb, self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POINTER_HIDE_DELAY]);
}

/**
 * atlas_presentation_get_text_size:
 *
 * Returns: the size in pixels of the slide's body text, as last fitted
 *   to the window
 */
double
atlas_presentation_get_text_size (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), 0);

  return atlas_slide_view_get_text_size (self->view);
}

/**
 * atlas_presentation_get_inhibiting:
 *
 * Returns: whether the presentation has asked that the screen does not
 *   blank or lock, and not released it yet
 */
gboolean
atlas_presentation_get_inhibiting (AtlasPresentation *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), FALSE);

  return self->inhibiting;
}

/**
 * atlas_presentation_get_hiding_details:
 *
 * Returns: whether the slide shown is one the classroom-safe view hides
 *   the details of, and they are hidden
 */
gboolean
atlas_presentation_get_hiding_details (AtlasPresentation *self)
{
  AtlasSlide *slide;

  g_return_val_if_fail (ATLAS_IS_PRESENTATION (self), FALSE);

  slide = atlas_presentation_get_slide (self);
  return slide != NULL && atlas_slide_get_sensitive (slide) && !self->details_shown &&
         atlas_context_get_classroom_safe (self->context);
}

/* atlas-presentation.c: a section shown full screen, one item per slide
 *
 * For a projector driven with a keyboard or a presentation clicker (which
 * sends Page Up, Page Down, B, F5 and Esc): Page Down, Right, Down or Space
 * go to the next slide, Page Up, Left, Up or BackSpace to the previous
 * one, Home and End to the first and last; the last slide stays the last
 * (no wrap-around: a clicker pressed once too often does not jump back to
 * the start). B blanks the screen to black and W to white, as in Evince,
 * and the same key shows the slide again. Esc or F5 leave.
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

#include "atlas-presentation.h"
#include "atlas-sections.h"
#include "atlas-slide-view.h"

G_DEFINE_ENUM_TYPE (AtlasBlank, atlas_blank,
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_NONE, "none"),
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_BLACK, "black"),
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_WHITE, "white"))

#define HIDE_POINTER_MS  2000  /* the default of :pointer-hide-delay */

struct _AtlasPresentation
{
  AdwWindow parent_instance;

  /* template widgets */
  AtlasSlideView *view;
  GtkWidget      *blank_box;

  /* owned references */
  AtlasContext *context;
  AtlasProfile *profile;
  GListModel   *slides;

  AtlasSection section;
  guint        position;
  AtlasBlank   blank;
  guint        pointer_source;
  guint        pointer_hide_delay;  /* ms */
  guint        inhibit_cookie;
  gboolean     inhibiting;
  gboolean     details_shown;   /* of a sensitive slide, in the classroom-safe view */
};

G_DEFINE_FINAL_TYPE (AtlasPresentation, atlas_presentation, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  PROP_SECTION,
  PROP_POSITION,
  PROP_BLANK,
  PROP_POINTER_HIDE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_slide (AtlasPresentation *self)
{
  guint n = g_list_model_get_n_items (self->slides);
  g_autofree char *counter = NULL;

  if (n > 0)
    /* TRANSLATORS: the slide counter of a presentation: "3 / 14" */
    counter = g_strdup_printf (_("%u / %u"), self->position + 1, n);

  atlas_slide_view_set_counter (self->view, counter);
  atlas_slide_view_set_hiding_details (self->view, atlas_presentation_get_hiding_details (self));
  atlas_slide_view_set_slide (self->view, atlas_presentation_get_slide (self));
}

static void
move (AtlasPresentation *self,
      int                delta)
{
  guint n = g_list_model_get_n_items (self->slides);
  int position = (int) self->position + delta;

  if (n == 0)
    return;

  atlas_presentation_set_position (self, CLAMP (position, 0, (int) n - 1));
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);
  guint n = g_list_model_get_n_items (self->slides);

  if (g_str_equal (action_name, "presentation.next"))
    move (self, 1);
  else if (g_str_equal (action_name, "presentation.previous"))
    move (self, -1);
  else if (g_str_equal (action_name, "presentation.first"))
    atlas_presentation_set_position (self, 0);
  else if (g_str_equal (action_name, "presentation.last") && n > 0)
    atlas_presentation_set_position (self, n - 1);
}

static void
details_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);

  self->details_shown = !self->details_shown;
  show_slide (self);
}

static void
blank_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);
  AtlasBlank blank = g_str_equal (action_name, "presentation.black") ? ATLAS_BLANK_BLACK : ATLAS_BLANK_WHITE;

  /* The same key again shows the slide */
  atlas_presentation_set_blank (self, self->blank == blank ? ATLAS_BLANK_NONE : blank);
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* The pointer hides when it has not moved for a while */
static gboolean
hide_pointer_cb (gpointer user_data)
{
  AtlasPresentation *self = user_data;

  self->pointer_source = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  return G_SOURCE_REMOVE;
}

static void
pointer_moved_cb (AtlasPresentation *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  g_clear_handle_id (&self->pointer_source, g_source_remove);
  self->pointer_source = g_timeout_add (self->pointer_hide_delay, hide_pointer_cb, self);
}

static void
click_released_cb (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   AtlasPresentation *self)
{
  move (self, 1);
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

  pointer_moved_cb (self);
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

  self->slides = atlas_slide_list_new (self->profile, self->section);
  g_signal_connect_object (self->context, "notify::classroom-safe",
                           G_CALLBACK (show_slide), self, G_CONNECT_SWAPPED);
  atlas_slide_view_set_heading (self->view, atlas_section_get_title (self->section));
  show_slide (self);
}

static void
atlas_presentation_dispose (GObject *object)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (object);

  release_inhibit (self);
  g_clear_handle_id (&self->pointer_source, g_source_remove);
  g_clear_object (&self->slides);
  g_clear_object (&self->profile);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_object (&self->context);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PRESENTATION);

  G_OBJECT_CLASS (atlas_presentation_parent_class)->dispose (object);
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

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
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
add_keys (GtkWidgetClass     *widget_class,
          const char         *action,
          const guint        *keys,
          guint               n_keys)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_widget_class_add_binding_action (widget_class, keys[i], 0, action, NULL);
}

static void
atlas_presentation_class_init (AtlasPresentationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const guint next_keys[] = { GDK_KEY_Page_Down, GDK_KEY_KP_Page_Down, GDK_KEY_Right,
                                     GDK_KEY_KP_Right, GDK_KEY_Down, GDK_KEY_KP_Down, GDK_KEY_space,
                                     GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_n };
  static const guint previous_keys[] = { GDK_KEY_Page_Up, GDK_KEY_KP_Page_Up, GDK_KEY_Left,
                                         GDK_KEY_KP_Left, GDK_KEY_Up, GDK_KEY_KP_Up, GDK_KEY_BackSpace,
                                         GDK_KEY_p };
  static const guint first_keys[] = { GDK_KEY_Home, GDK_KEY_KP_Home };
  static const guint last_keys[] = { GDK_KEY_End, GDK_KEY_KP_End };
  static const guint black_keys[] = { GDK_KEY_b, GDK_KEY_B, GDK_KEY_period };
  static const guint white_keys[] = { GDK_KEY_w, GDK_KEY_W, GDK_KEY_comma };
  static const guint leave_keys[] = { GDK_KEY_Escape, GDK_KEY_F5 };

  object_class->constructed = atlas_presentation_constructed;
  object_class->dispose = atlas_presentation_dispose;
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
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentation, view);
  gtk_widget_class_bind_template_child_full (widget_class, "blank", FALSE,
                                             G_STRUCT_OFFSET (AtlasPresentation, blank_box));

  gtk_widget_class_install_action (widget_class, "presentation.next", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.previous", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.first", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.last", NULL, navigate_action);
  gtk_widget_class_install_action (widget_class, "presentation.black", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "presentation.white", NULL, blank_action);
  gtk_widget_class_install_action (widget_class, "presentation.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "presentation.details", NULL, details_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, 0, "presentation.details", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_D, 0, "presentation.details", NULL);

  add_keys (widget_class, "presentation.next", next_keys, G_N_ELEMENTS (next_keys));
  add_keys (widget_class, "presentation.previous", previous_keys, G_N_ELEMENTS (previous_keys));
  add_keys (widget_class, "presentation.first", first_keys, G_N_ELEMENTS (first_keys));
  add_keys (widget_class, "presentation.last", last_keys, G_N_ELEMENTS (last_keys));
  add_keys (widget_class, "presentation.black", black_keys, G_N_ELEMENTS (black_keys));
  add_keys (widget_class, "presentation.white", white_keys, G_N_ELEMENTS (white_keys));
  add_keys (widget_class, "presentation.leave", leave_keys, G_N_ELEMENTS (leave_keys));
}

static void
atlas_presentation_init (AtlasPresentation *self)
{
  GtkEventController *motion;
  GtkGesture *click;

  g_type_ensure (ATLAS_TYPE_SLIDE_VIEW);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pointer_hide_delay = HIDE_POINTER_MS;

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  /* A click goes on, as in a slide show */
  click = gtk_gesture_click_new ();
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
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

  if (self->position == position)
    return;

  self->position = position;
  self->details_shown = FALSE;
  show_slide (self);
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
      self->pointer_source = g_timeout_add (delay, hide_pointer_cb, self);
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

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

#include "atlas-presentation.h"
#include "atlas-presentation-bar.h"
#include "atlas-sections.h"
#include "atlas-slide-view.h"

G_DEFINE_ENUM_TYPE (AtlasBlank, atlas_blank,
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_NONE, "none"),
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_BLACK, "black"),
  G_DEFINE_ENUM_VALUE (ATLAS_BLANK_WHITE, "white"))

#define HIDE_POINTER_MS  2000  /* the default of :pointer-hide-delay */
#define MAX_TYPED_DIGITS 6     /* a slide number typed to go to */

struct _AtlasPresentation
{
  AdwWindow parent_instance;

  /* template widgets */
  GtkStack             *stack;
  AtlasSlideView       *view;
  GtkWidget            *end_page;
  GtkLabel             *end_title;
  GtkLabel             *end_hint;
  GtkWidget            *blank_box;
  GtkLabel             *jump_label;
  GtkRevealer          *bar_revealer;
  AtlasPresentationBar *bar;

  /* owned references */
  AtlasContext *context;
  AtlasProfile *profile;
  GListModel   *items;   /* nullable: the section's own */
  GListModel   *slides;

  AtlasSection section;
  guint        position;
  gboolean     at_end;   /* the closing slide, after the last */
  GString     *typed;    /* digits of a slide number */
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
  PROP_ITEMS,
  PROP_POSITION,
  PROP_AT_END,
  PROP_BLANK,
  PROP_POINTER_HIDE_DELAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Large type on the closing slide, as on the slides: the screen's height
 * over 24, never below 28 px at 768 */
static void
size_end_page (AtlasPresentation *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  double px = MAX ((height > 0 ? height : 768) / 24.0, 28.0);
  PangoAttrList *title = pango_attr_list_new ();
  PangoAttrList *hint = pango_attr_list_new ();

  pango_attr_list_insert (title, pango_attr_size_new_absolute ((int) (px * 1.5 * PANGO_SCALE)));
  pango_attr_list_insert (hint, pango_attr_size_new_absolute ((int) (px * PANGO_SCALE)));
  gtk_label_set_attributes (self->end_title, title);
  gtk_label_set_attributes (self->end_hint, hint);
  pango_attr_list_unref (title);
  pango_attr_list_unref (hint);
}

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

  if (self->at_end)
    {
      size_end_page (self);
      gtk_stack_set_visible_child (self->stack, self->end_page);
      /* TRANSLATORS: the slide counter on the closing slide of a presentation */
      atlas_presentation_bar_set_counter (self->bar, C_("presentation counter", "End"));
    }
  else
    {
      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->view));
      atlas_presentation_bar_set_counter (self->bar, counter);
    }
}

static void
set_at_end (AtlasPresentation *self,
            gboolean           at_end)
{
  atlas_presentation_set_blank (self, ATLAS_BLANK_NONE);

  if (self->at_end == at_end)
    return;

  self->at_end = at_end;
  show_slide (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_END]);
}

/* On from the last slide is the closing slide; on from there, nothing */
static void
go_next (AtlasPresentation *self)
{
  guint n = g_list_model_get_n_items (self->slides);

  if (self->at_end || n == 0)
    return;

  if (self->position + 1 >= n)
    set_at_end (self, TRUE);
  else
    atlas_presentation_set_position (self, self->position + 1);
}

static void
go_previous (AtlasPresentation *self)
{
  if (self->at_end)
    set_at_end (self, FALSE);
  else if (self->position > 0)
    atlas_presentation_set_position (self, self->position - 1);
  else
    atlas_presentation_set_blank (self, ATLAS_BLANK_NONE);
}

static void
navigate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  AtlasPresentation *self = ATLAS_PRESENTATION (widget);
  guint n = g_list_model_get_n_items (self->slides);

  if (g_str_equal (action_name, "presentation.next"))
    go_next (self);
  else if (g_str_equal (action_name, "presentation.previous"))
    go_previous (self);
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

  /* Not under a pointer that rests on the bar */
  if (atlas_presentation_bar_get_hovered (self->bar))
    return G_SOURCE_CONTINUE;

  self->pointer_source = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "none");
  gtk_revealer_set_reveal_child (self->bar_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

/* The pointer and the bar show while the pointer moves, or after a tap */
static void
pointer_moved_cb (AtlasPresentation *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  gtk_revealer_set_reveal_child (self->bar_revealer, TRUE);
  g_clear_handle_id (&self->pointer_source, g_source_remove);
  self->pointer_source = g_timeout_add (self->pointer_hide_delay, hide_pointer_cb, self);
}

static void
click_pressed_cb (GtkGestureClick   *gesture,
                  int                n_press,
                  double             x,
                  double             y,
                  AtlasPresentation *self)
{
  pointer_moved_cb (self);
}

/* A click or a tap goes on, as in a slide show; a right click goes back.
 * A click on the bar is the bar's: its buttons take it, and between them
 * it does nothing. */
static void
click_released_cb (GtkGestureClick   *gesture,
                   int                n_press,
                   double             x,
                   double             y,
                   AtlasPresentation *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  GtkWidget *target = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  if (target != NULL && (target == GTK_WIDGET (self->bar) || gtk_widget_is_ancestor (target, GTK_WIDGET (self->bar))))
    return;

  if (button == GDK_BUTTON_SECONDARY)
    go_previous (self);
  else if (button == GDK_BUTTON_PRIMARY || button == 0)
    go_next (self);
}

/* The wheel: down goes on, up goes back, a step a slide */
static gboolean
scrolled_cb (GtkEventControllerScroll *controller,
             double                    dx,
             double                    dy,
             AtlasPresentation        *self)
{
  if (dy > 0)
    go_next (self);
  else if (dy < 0)
    go_previous (self);

  return dy != 0;
}

static void
set_typed (AtlasPresentation *self,
           const char        *digits)
{
  g_string_assign (self->typed, digits);

  if (self->typed->len > 0)
    {
      /* TRANSLATORS: shown while a slide number is typed; Enter goes to it */
      g_autofree char *text = g_strdup_printf (_("Go to slide %s"), self->typed->str);

      gtk_label_set_text (self->jump_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->jump_label), self->typed->len > 0);
}

/* Typing a number and Enter goes to that slide; Backspace takes a digit
 * back, Esc forgets the number. Without a number typed, the keys are the
 * presentation's. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                AtlasPresentation     *self)
{
  guint32 c = gdk_keyval_to_unicode (keyval);

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  if (c >= '0' && c <= '9' && self->typed->len < MAX_TYPED_DIGITS &&
      !(c == '0' && self->typed->len == 0))
    {
      g_string_append_c (self->typed, (char) c);
      set_typed (self, self->typed->str);
      return TRUE;
    }

  /* Enter goes on, as a clicker's "next" does: here, before GtkWindow's
   * own binding of Enter (activate the default widget) takes it */
  if (self->typed->len == 0)
    {
      if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_ISO_Enter)
        {
          go_next (self);
          return TRUE;
        }
      return FALSE;
    }

  switch (keyval)
    {
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      {
        guint64 number = g_ascii_strtoull (self->typed->str, NULL, 10);
        guint n = g_list_model_get_n_items (self->slides);

        set_typed (self, "");
        if (n > 0)
          {
            set_at_end (self, FALSE);
            atlas_presentation_set_position (self, (guint) CLAMP (number, 1, n) - 1);
          }
      }
      return TRUE;

    case GDK_KEY_BackSpace:
      g_string_truncate (self->typed, self->typed->len - 1);
      set_typed (self, self->typed->str);
      return TRUE;

    case GDK_KEY_Escape:
      set_typed (self, "");
      return TRUE;

    default:
      /* Any other key forgets the number, and does what it does */
      set_typed (self, "");
      return FALSE;
    }
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

  self->slides = self->items != NULL ? atlas_slide_list_new_for_items (self->profile, self->section, self->items)
                                      : atlas_slide_list_new (self->profile, self->section);
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
                                     GDK_KEY_n };
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
  GtkEventController *scroll;
  GtkEventController *keys;
  GtkGesture *click;

  g_type_ensure (ATLAS_TYPE_SLIDE_VIEW);
  g_type_ensure (ATLAS_TYPE_PRESENTATION_BAR);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->pointer_hide_delay = HIDE_POINTER_MS;
  self->typed = g_string_new (NULL);

  motion = gtk_event_controller_motion_new ();
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (pointer_moved_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  g_signal_connect (click, "released", G_CALLBACK (click_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL |
                                            GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scrolled_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  /* Before the key bindings: Enter after digits is not "next" */
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
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
  set_at_end (self, FALSE);

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

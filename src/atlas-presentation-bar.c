/* atlas-presentation-bar.c: the presentation's controls for a pointer or a finger
 *
 * At an interactive whiteboard there is no keyboard: this bar, shown at
 * the bottom of the slides while the pointer moves or after a touch, has
 * large buttons for the previous slide, the next one, a blank screen and
 * leaving, and the slide counter between them. The buttons activate the
 * presentation's actions, so they do what the keys do.
 *
 * The buttons do not take the keyboard focus: Space and Enter stay the
 * keys of the next slide, and every button has its key (Page Up, Page
 * Down, B, Esc).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-presentation-bar"

#include "config.h"

#include "atlas-presentation-bar.h"

struct _AtlasPresentationBar
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkLabel *counter_label;

  gboolean hovered;
};

G_DEFINE_FINAL_TYPE (AtlasPresentationBar, atlas_presentation_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COUNTER,
  PROP_HOVERED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_hovered (AtlasPresentationBar *self,
             gboolean              hovered)
{
  if (self->hovered == hovered)
    return;

  self->hovered = hovered;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED]);
}

static void
pointer_enter_cb (AtlasPresentationBar *self)
{
  set_hovered (self, TRUE);
}

static void
pointer_leave_cb (AtlasPresentationBar *self)
{
  set_hovered (self, FALSE);
}

static void
atlas_presentation_bar_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), ATLAS_TYPE_PRESENTATION_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (atlas_presentation_bar_parent_class)->dispose (object);
}

static void
atlas_presentation_bar_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  AtlasPresentationBar *self = ATLAS_PRESENTATION_BAR (object);

  switch (prop_id)
    {
    case PROP_COUNTER:
      g_value_set_string (value, atlas_presentation_bar_get_counter (self));
      break;

    case PROP_HOVERED:
      g_value_set_boolean (value, self->hovered);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_bar_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  AtlasPresentationBar *self = ATLAS_PRESENTATION_BAR (object);

  switch (prop_id)
    {
    case PROP_COUNTER:
      atlas_presentation_bar_set_counter (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_presentation_bar_class_init (AtlasPresentationBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_presentation_bar_dispose;
  object_class->get_property = atlas_presentation_bar_get_property;
  object_class->set_property = atlas_presentation_bar_set_property;

  /**
   * AtlasPresentationBar:counter:
   *
   * Where the presentation is: "3 / 14".
   */
  properties[PROP_COUNTER] =
    g_param_spec_string ("counter", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPresentationBar:hovered:
   *
   * Whether the pointer is over the bar: it stays shown while it is.
   */
  properties[PROP_HOVERED] =
    g_param_spec_boolean ("hovered", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-presentation-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPresentationBar, counter_label);
  gtk_widget_class_bind_template_callback (widget_class, pointer_enter_cb);
  gtk_widget_class_bind_template_callback (widget_class, pointer_leave_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "atlaspresentationbar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TOOLBAR);
}

static void
atlas_presentation_bar_init (AtlasPresentationBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_presentation_bar_new (void)
{
  return g_object_new (ATLAS_TYPE_PRESENTATION_BAR, NULL);
}

const char *
atlas_presentation_bar_get_counter (AtlasPresentationBar *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_BAR (self), NULL);

  return gtk_label_get_text (self->counter_label);
}

void
atlas_presentation_bar_set_counter (AtlasPresentationBar *self,
                                    const char           *counter)
{
  g_return_if_fail (ATLAS_IS_PRESENTATION_BAR (self));

  if (g_strcmp0 (counter, atlas_presentation_bar_get_counter (self)) == 0)
    return;

  gtk_label_set_text (self->counter_label, counter);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTER]);
}

/**
 * atlas_presentation_bar_get_hovered:
 *
 * Returns: whether the pointer is over the bar
 */
gboolean
atlas_presentation_bar_get_hovered (AtlasPresentationBar *self)
{
  g_return_val_if_fail (ATLAS_IS_PRESENTATION_BAR (self), FALSE);

  return self->hovered;
}

/* atlas-problems-dialog.c: what is wrong with a file that could not be
 * opened: one plain sentence first, for a teacher ("This file is not an
 * Online Safety Atlas profile."), then, for whoever made the file, the
 * file and its problems, each kind once with its places in the file, as
 * plain text that can be selected and copied
 *
 * A window of its own rather than an AdwMessageDialog: under libadwaita
 * 1.7, a message dialog measures its heading at widths narrower than the
 * heading's longest word, and GTK 4.18 warns each time it is shown. Long
 * paths and JSON paths here break anywhere, and the list scrolls.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-problems-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-problems-dialog.h"

struct _AtlasProblemsDialog
{
  AdwWindow parent_instance;

  /* template widgets */
  GtkLabel *intro_label;
  GtkLabel *details_label;
};

G_DEFINE_FINAL_TYPE (AtlasProblemsDialog, atlas_problems_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_INTRO,
  PROP_DETAILS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_problems_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasProblemsDialog *self = ATLAS_PROBLEMS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_INTRO:
      g_value_set_string (value, atlas_problems_dialog_get_intro (self));
      break;

    case PROP_DETAILS:
      g_value_set_string (value, atlas_problems_dialog_get_details (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_problems_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AtlasProblemsDialog *self = ATLAS_PROBLEMS_DIALOG (object);

  /* Plain text: file names and problems are never markup */
  switch (prop_id)
    {
    case PROP_INTRO:
      gtk_label_set_text (self->intro_label, g_value_get_string (value));
      break;

    case PROP_DETAILS:
      gtk_label_set_text (self->details_label, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_problems_dialog_class_init (AtlasProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = atlas_problems_dialog_get_property;
  object_class->set_property = atlas_problems_dialog_set_property;

  /**
   * AtlasProblemsDialog:intro:
   *
   * The plain sentence said first (atlas_problems_dialog_describe()).
   */
  properties[PROP_INTRO] =
    g_param_spec_string ("intro", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasProblemsDialog:details:
   *
   * The file, then its problems, one kind a line.
   */
  properties[PROP_DETAILS] =
    g_param_spec_string ("details", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasProblemsDialog, intro_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasProblemsDialog, details_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
atlas_problems_dialog_init (AtlasProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * atlas_problems_dialog_new:
 * @parent: the window the file was opened in
 * @intro: the plain sentence said first
 * @details: the file, then its problems, one kind a line
 *
 * Returns: (transfer floating): a modal dialog over @parent, not shown yet
 */
GtkWidget *
atlas_problems_dialog_new (GtkWindow  *parent,
                           const char *intro,
                           const char *details)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_new (ATLAS_TYPE_PROBLEMS_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "intro", intro,
                       "details", details,
                       NULL);
}

const char *
atlas_problems_dialog_get_intro (AtlasProblemsDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_PROBLEMS_DIALOG (self), NULL);

  return gtk_label_get_text (self->intro_label);
}

const char *
atlas_problems_dialog_get_details (AtlasProblemsDialog *self)
{
  g_return_val_if_fail (ATLAS_IS_PROBLEMS_DIALOG (self), NULL);

  return gtk_label_get_text (self->details_label);
}

/**
 * atlas_problems_dialog_describe:
 * @refusal: why a file was refused (atlas_problems_get_refusal())
 *
 * Returns: one plain sentence that says it, for a teacher
 */
const char *
atlas_problems_dialog_describe (AtlasRefusal refusal)
{
  switch (refusal)
    {
    case ATLAS_REFUSAL_UNREADABLE:
      return _("This file cannot be read.");

    case ATLAS_REFUSAL_EMPTY:
      return _("This file is empty.");

    case ATLAS_REFUSAL_TOO_LARGE:
      return _("This file is too large to be an Online Safety Atlas profile.");

    case ATLAS_REFUSAL_NOT_JSON:
      /* TRANSLATORS: JSON is the text format of profiles */
      return _("This file is not an Online Safety Atlas profile: it is not JSON text.");

    case ATLAS_REFUSAL_NOT_PROFILE:
      return _("This file is not an Online Safety Atlas profile.");

    case ATLAS_REFUSAL_MISTAKES:
    default:
      return _("This profile has mistakes, so the app cannot show it.");
    }
}

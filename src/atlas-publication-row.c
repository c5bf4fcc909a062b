/* atlas-publication-row.c: a publication in the Research list
 *
 * Its title; its year and authors; its summary, shortened when long, with
 * a button that opens it; and a button that copies its citation. The
 * Research page's list view recycles rows: one row shows publication
 * after publication, so :publication can change, and the page keeps which
 * summaries are open (:expanded) across rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-publication-row"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-citation.h"
#include "atlas-format.h"
#include "atlas-publication-row.h"
#include "atlas-widgets.h"

/* Summaries longer than this are shown shortened, with a button to open them */
#define SHORT_SUMMARY_CHARS 240
#define SHORT_SUMMARY_LINES 3

struct _AtlasPublicationRow
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkLabel  *title_label;
  GtkLabel  *meta_label;
  GtkWidget *language_tag;
  GtkLabel  *summary_label;
  GtkWidget *more_button;
  GtkWidget *copy_button;

  AtlasProfile     *profile;      /* owned */
  AtlasPublication *publication;  /* owned, nullable */
  gboolean          expanded;
};

G_DEFINE_FINAL_TYPE (AtlasPublicationRow, atlas_publication_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_PUBLICATION,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CITATION_COPIED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The summary whole, or its first lines with "Show More"; for a screen
 * reader the button names its publication: "Show more of Net Children Go
 * Mobile: Final Report" */
static void
update_summary (AtlasPublicationRow *self)
{
  gboolean is_long = atlas_publication_row_get_is_long (self);
  gboolean open = !is_long || self->expanded;
  const char *title = self->publication != NULL ? atlas_item_get_title (ATLAS_ITEM (self->publication)) : "";
  g_autofree char *name = NULL;

  /* The toggle's handler sets :expanded: show its state quietly */
  g_signal_handlers_block_matched (self->more_button, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->more_button), is_long && open);
  g_signal_handlers_unblock_matched (self->more_button, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_widget_set_visible (self->more_button, is_long);

  gtk_button_set_label (GTK_BUTTON (self->more_button), open ? _("Show Less") : _("Show More"));
  name = open
    /* TRANSLATORS: what a screen reader says of the button that shortens a publication's summary; %s is its title */
    ? g_strdup_printf (_("Show less of %s"), title)
    /* TRANSLATORS: what a screen reader says of the button that shows a publication's whole summary; %s is its title */
    : g_strdup_printf (_("Show more of %s"), title);
  atlas_widget_set_accessible_name (self->more_button, name);

  gtk_label_set_lines (self->summary_label, open ? -1 : SHORT_SUMMARY_LINES);
  gtk_label_set_ellipsize (self->summary_label, open ? PANGO_ELLIPSIZE_NONE : PANGO_ELLIPSIZE_END);
}

static void
update (AtlasPublicationRow *self)
{
  AtlasPublication *item = self->publication;
  g_autofree char *authors = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *copy_name = NULL;

  if (item == NULL)
    return;

  authors = atlas_format_authors (atlas_publication_get_authors (item),
                                  atlas_publication_get_contributors (item));
  if (authors != NULL)
    meta = g_strdup_printf ("%d · %s", atlas_item_get_year (ATLAS_ITEM (item)), authors);
  else
    /* TRANSLATORS: a publication whose authors the source does not name: "2009 · Authors not named" */
    meta = g_strdup_printf (_("%d · Authors not named"), atlas_item_get_year (ATLAS_ITEM (item)));

  gtk_label_set_text (self->title_label, atlas_item_get_title (ATLAS_ITEM (item)));
  gtk_label_set_text (self->meta_label, meta);
  gtk_label_set_text (self->summary_label, atlas_item_get_description (ATLAS_ITEM (item)));
  atlas_language_tag_update (self->language_tag, self->profile, item, FALSE);

  /* TRANSLATORS: what a screen reader says of a publication's Copy Citation button; %s is its title */
  copy_name = g_strdup_printf (_("Copy citation: %s"), atlas_item_get_title (ATLAS_ITEM (item)));
  atlas_widget_set_accessible_name (self->copy_button, copy_name);

  update_summary (self);
}

static void
more_toggled_cb (AtlasPublicationRow *self)
{
  atlas_publication_row_set_expanded (self, gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->more_button)));
}

static void
copy_citation_cb (AtlasPublicationRow *self)
{
  g_autofree char *citation = NULL;

  if (self->publication == NULL)
    return;

  citation = atlas_citation_format_apa (self->publication);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), citation);
  g_signal_emit (self, signals[CITATION_COPIED], 0);
}

static void
atlas_publication_row_dispose (GObject *object)
{
  AtlasPublicationRow *self = ATLAS_PUBLICATION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_PUBLICATION_ROW);
  g_clear_object (&self->publication);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (atlas_publication_row_parent_class)->dispose (object);
}

static void
atlas_publication_row_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  AtlasPublicationRow *self = ATLAS_PUBLICATION_ROW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_PUBLICATION:
      g_value_set_object (value, self->publication);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_publication_row_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  AtlasPublicationRow *self = ATLAS_PUBLICATION_ROW (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_PUBLICATION:
      atlas_publication_row_set_publication (self, g_value_get_object (value));
      break;

    case PROP_EXPANDED:
      atlas_publication_row_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_publication_row_class_init (AtlasPublicationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = atlas_publication_row_dispose;
  object_class->get_property = atlas_publication_row_get_property;
  object_class->set_property = atlas_publication_row_set_property;

  /**
   * AtlasPublicationRow:profile:
   *
   * The profile of the publications, which says which texts are
   * translations.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPublicationRow:publication:
   *
   * The publication shown.
   */
  properties[PROP_PUBLICATION] =
    g_param_spec_object ("publication", NULL, NULL,
                         ATLAS_TYPE_PUBLICATION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasPublicationRow:expanded:
   *
   * Whether a long summary is shown whole.
   */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * AtlasPublicationRow::citation-copied:
   *
   * Emitted when the citation of the publication was copied to the
   * clipboard.
   */
  signals[CITATION_COPIED] =
    g_signal_new ("citation-copied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-publication-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, box);
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, language_tag);
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, summary_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, more_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasPublicationRow, copy_button);
  gtk_widget_class_bind_template_callback (widget_class, more_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, copy_citation_cb);
}

static void
atlas_publication_row_init (AtlasPublicationRow *self)
{
  GtkWidget *buttons[] = { NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  update_summary (self);

  /* In a narrow window long translations wrap rather than widen the page */
  buttons[0] = self->more_button;
  buttons[1] = self->copy_button;
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (buttons[i]));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_natural_wrap_mode (GTK_LABEL (label), GTK_NATURAL_WRAP_NONE);
    }
}

GtkWidget *
atlas_publication_row_new (AtlasProfile *profile)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_PUBLICATION_ROW,
                       "profile", profile,
                       NULL);
}

/**
 * atlas_publication_row_get_publication:
 *
 * Returns: (transfer none) (nullable): the publication shown
 */
AtlasPublication *
atlas_publication_row_get_publication (AtlasPublicationRow *self)
{
  g_return_val_if_fail (ATLAS_IS_PUBLICATION_ROW (self), NULL);

  return self->publication;
}

void
atlas_publication_row_set_publication (AtlasPublicationRow *self,
                                       AtlasPublication    *publication)
{
  g_return_if_fail (ATLAS_IS_PUBLICATION_ROW (self));
  g_return_if_fail (publication == NULL || ATLAS_IS_PUBLICATION (publication));

  if (!g_set_object (&self->publication, publication))
    return;

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PUBLICATION]);
}

gboolean
atlas_publication_row_get_expanded (AtlasPublicationRow *self)
{
  g_return_val_if_fail (ATLAS_IS_PUBLICATION_ROW (self), FALSE);

  return self->expanded;
}

void
atlas_publication_row_set_expanded (AtlasPublicationRow *self,
                                    gboolean             expanded)
{
  g_return_if_fail (ATLAS_IS_PUBLICATION_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * atlas_publication_row_get_is_long:
 *
 * Returns: whether the summary is long enough to be shown shortened
 */
gboolean
atlas_publication_row_get_is_long (AtlasPublicationRow *self)
{
  g_return_val_if_fail (ATLAS_IS_PUBLICATION_ROW (self), FALSE);

  return self->publication != NULL &&
         g_utf8_strlen (atlas_item_get_description (ATLAS_ITEM (self->publication)), -1) > SHORT_SUMMARY_CHARS;
}

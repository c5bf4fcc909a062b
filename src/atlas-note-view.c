/* atlas-note-view.c: a dated note beside the text it updates or corrects
 *
 * "Changed in 2022 · 1 June 2022", what changed, and where to check it.
 * The edition's text stays as it is, above; the note is never hidden by
 * the classroom-safe view, so an outdated law is never shown without it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-note-view"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-note-view.h"
#include "atlas-sections.h"
#include "atlas-widgets.h"

struct _AtlasNoteView
{
  GtkWidget parent_instance;

  /* template widgets */
  GtkWidget *box;
  GtkLabel  *tag_label;
  GtkLabel  *date_label;
  GtkLabel  *text_label;

  AtlasNote *note;     /* owned */
  char      *subject;  /* what the note is on, nullable */
};

G_DEFINE_FINAL_TYPE (AtlasNoteView, atlas_note_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_NOTE,
  PROP_SUBJECT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_note_view_constructed (GObject *object)
{
  AtlasNoteView *self = ATLAS_NOTE_VIEW (object);
  g_autofree char *tag = NULL;
  g_autofree char *date = NULL;
  g_autofree char *name = NULL;

  G_OBJECT_CLASS (atlas_note_view_parent_class)->constructed (object);

  g_return_if_fail (self->note != NULL);

  tag = atlas_note_format_tag (self->note);
  date = atlas_note_format_date (self->note);

  gtk_label_set_text (self->tag_label, tag);
  gtk_widget_add_css_class (GTK_WIDGET (self->tag_label),
                            atlas_note_get_kind (self->note) == ATLAS_NOTE_KIND_CORRECTION
                            ? "correction" : "update");
  gtk_label_set_text (self->date_label, date != NULL ? date : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_label), date != NULL);
  gtk_label_set_text (self->text_label, atlas_note_get_text (self->note));
  atlas_item_box_add_source (self->box, atlas_note_get_source (self->note));

  /* The same law is the source of several notes: a screen reader's list
   * of links says which note each is of */
  if (self->subject != NULL && GTK_IS_BUTTON (gtk_widget_get_last_child (self->box)))
    {
      AtlasSource *source = atlas_note_get_source (self->note);
      g_autofree char *text = atlas_source_format (source);
      g_autofree char *link_name =
        /* TRANSLATORS: what a screen reader says of the source link of a note: "Source: Law of 21 March 2022 …, of the note on Rape, opens https://…" */
        g_strdup_printf (_("%s, of the note on %s, opens %s"), text, self->subject, source->url);

      atlas_widget_set_accessible_name (gtk_widget_get_last_child (self->box), link_name);
    }

  /* TRANSLATORS: what a screen reader says of a note: "Changed in 2022, 1 June 2022" */
  name = date != NULL ? g_strdup_printf (_("%s, %s"), tag, date) : g_strdup (tag);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
}

static void
atlas_note_view_dispose (GObject *object)
{
  AtlasNoteView *self = ATLAS_NOTE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), ATLAS_TYPE_NOTE_VIEW);
  g_clear_object (&self->note);
  g_clear_pointer (&self->subject, g_free);

  G_OBJECT_CLASS (atlas_note_view_parent_class)->dispose (object);
}

static void
atlas_note_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  AtlasNoteView *self = ATLAS_NOTE_VIEW (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      g_value_set_object (value, self->note);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_note_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  AtlasNoteView *self = ATLAS_NOTE_VIEW (object);

  switch (prop_id)
    {
    case PROP_NOTE:
      self->note = g_value_dup_object (value);
      break;

    case PROP_SUBJECT:
      self->subject = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_note_view_class_init (AtlasNoteViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_note_view_constructed;
  object_class->dispose = atlas_note_view_dispose;
  object_class->get_property = atlas_note_view_get_property;
  object_class->set_property = atlas_note_view_set_property;

  /**
   * AtlasNoteView:note:
   *
   * The note shown.
   */
  properties[PROP_NOTE] =
    g_param_spec_object ("note", NULL, NULL,
                         ATLAS_TYPE_NOTE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasNoteView:subject:
   *
   * What the note is on (an item's title, a section's), for a screen
   * reader.
   */
  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-note-view.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasNoteView, box);
  gtk_widget_class_bind_template_child (widget_class, AtlasNoteView, tag_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasNoteView, date_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasNoteView, text_label);
}

static void
atlas_note_view_init (AtlasNoteView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * atlas_note_view_new:
 * @subject: (nullable): what the note is on: an item's title
 */
GtkWidget *
atlas_note_view_new (AtlasNote  *note,
                     const char *subject)
{
  g_return_val_if_fail (ATLAS_IS_NOTE (note), NULL);

  return g_object_new (ATLAS_TYPE_NOTE_VIEW, "note", note, "subject", subject, NULL);
}

/**
 * atlas_note_view_get_note:
 *
 * Returns: (transfer none): the note shown
 */
AtlasNote *
atlas_note_view_get_note (AtlasNoteView *self)
{
  g_return_val_if_fail (ATLAS_IS_NOTE_VIEW (self), NULL);

  return self->note;
}

/**
 * atlas_notes_format_text:
 * @notes: (nullable) (element-type AtlasNote): notes
 *
 * The notes as plain text, for a slide or a printed page, one per line:
 * "Changed in 2022 · 1 June 2022: Replaced on … (Source: Law of …)".
 *
 * Returns: (transfer full) (nullable): the text, or %NULL without notes
 */
char *
atlas_notes_format_text (GListModel *notes)
{
  g_autoptr(GString) text = NULL;
  guint n = notes != NULL ? g_list_model_get_n_items (notes) : 0;

  if (n == 0)
    return NULL;

  text = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasNote) note = g_list_model_get_item (notes, i);
      g_autofree char *tag = atlas_note_format_tag (note);
      g_autofree char *date = atlas_note_format_date (note);
      g_autofree char *heading = date != NULL ? g_strjoin (" · ", tag, date, NULL) : g_strdup (tag);
      g_autofree char *source = atlas_source_format (atlas_note_get_source (note));

      if (i > 0)
        g_string_append_c (text, '\n');
      /* TRANSLATORS: a note on a slide or a printed page: "Changed in 2022 · 1 June 2022: Replaced on … (Source: Law of …)" */
      g_string_append_printf (text, _("%s: %s (%s)"), heading, atlas_note_get_text (note), source);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * atlas_notes_box_new:
 * @notes: (element-type AtlasNote): the notes of an item or a section
 * @subject: (nullable): the item's or the section's title
 *
 * Returns: (transfer floating) (nullable): a box of one AtlasNoteView per
 *   note, or %NULL when there is none
 */
GtkWidget *
atlas_notes_box_new (GListModel *notes,
                     const char *subject)
{
  GtkWidget *box;
  guint n = notes != NULL ? g_list_model_get_n_items (notes) : 0;

  if (n == 0)
    return NULL;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (box, "atlas-notes");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(AtlasNote) note = g_list_model_get_item (notes, i);

      gtk_box_append (GTK_BOX (box), atlas_note_view_new (note, subject));
    }

  return box;
}

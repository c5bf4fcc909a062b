/* atlas-item-row.c: an item in the list of a section page
 *
 * Every kind of item is shown the same way, from what AtlasItem says of
 * it: its title and the line that places it (years, level, kind, where a
 * law is), its dated notes, its text, its website. A law's penalty and an organization's
 * English name are the two fields only one kind has. All of the text
 * wraps and none is cut.
 *
 * On the Timeline, which gathers the dated items of every section, a row
 * says which section its item comes from and leads there; its year is
 * the heading above it. In the classroom-safe view, the text of a
 * sensitive item is behind a button.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-item-row"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-item-row.h"
#include "atlas-legal-item.h"
#include "atlas-note-view.h"
#include "atlas-organization.h"
#include "atlas-sections.h"
#include "atlas-widgets.h"

struct _AtlasItemRow
{
  GtkListBoxRow parent_instance;

  /* template widgets */
  GtkWidget   *box;
  GtkLabel    *facts_label;        /* above the title */
  GtkLabel    *facts_below_label;  /* or below it */
  GtkLabel    *title_label;
  GtkLabel    *section_tag;
  GtkLabel    *subtitle_label;
  GtkWidget   *language_tag;
  GtkLabel    *safe_note_label;
  GtkWidget   *details_button;
  GtkRevealer *details;
  GtkLabel    *description_label;
  GtkWidget   *penalty_heading;
  GtkLabel    *penalty_label;

  AtlasItem    *item;     /* owned */
  AtlasProfile *profile;  /* owned */
  gboolean      classroom_safe;
};

G_DEFINE_FINAL_TYPE (AtlasItemRow, atlas_item_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_ITEM,
  PROP_PROFILE,
  PROP_CLASSROOM_SAFE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* @text in @label, which shows only when there is one */
static void
set_text (GtkLabel   *label,
          const char *text)
{
  gtk_label_set_text (label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (label), text != NULL && text[0] != '\0');
}

/* A Timeline event gathered from another section stands for an item
 * there: it says which section, and leads to it */
static gboolean
is_gathered (AtlasItem *item)
{
  return atlas_item_get_section (item) != ATLAS_ITEM_GET_CLASS (item)->section;
}

static gboolean
facts_lead (AtlasItem *item)
{
  AtlasSection section = ATLAS_ITEM_GET_CLASS (item)->section;

  return section == ATLAS_SECTION_EDUCATION || section == ATLAS_SECTION_LEGISLATION;
}

static void
details_toggled_cb (AtlasItemRow *self)
{
  gboolean shown = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->details_button));

  gtk_revealer_set_reveal_child (self->details, shown);
  gtk_button_set_label (GTK_BUTTON (self->details_button), shown ? _("Hide Details") : _("Show Details"));
}

static void
atlas_item_row_constructed (GObject *object)
{
  AtlasItemRow *self = ATLAS_ITEM_ROW (object);
  AtlasItem *item = self->item;
  gboolean on_timeline;
  g_autofree char *title = NULL;
  g_autofree char *facts = NULL;
  const char *url;

  G_OBJECT_CLASS (atlas_item_row_parent_class)->constructed (object);

  g_return_if_fail (item != NULL && self->profile != NULL);

  on_timeline = ATLAS_ITEM_GET_CLASS (item)->section == ATLAS_SECTION_TIMELINE;
  title = atlas_item_format_title (item);
  facts = atlas_item_format_facts (item);

  /* On the Timeline, the year is the heading above: only a span of
   * years is written */
  if (on_timeline && atlas_item_get_end_year (item) == 0)
    g_clear_pointer (&facts, g_free);

  /* Where a text is from (an initiative's years, where a law is) leads
   * its title; what kind of body a unit or an organization is follows its
   * name */
  set_text (facts_lead (item) ? self->facts_label : self->facts_below_label, facts);
  set_text (self->title_label, title);
  set_text (self->description_label, atlas_item_get_description (item));
  atlas_language_tag_update (self->language_tag, self->profile, item, atlas_item_is_law (item));

  /* What changed since the edition, or what it gets wrong: beside the
   * edition's text, and never behind the classroom-safe button */
  {
    GtkWidget *notes = atlas_notes_box_new (atlas_item_get_notes (item), title);

    if (notes != NULL)
      gtk_box_insert_child_after (GTK_BOX (self->box), notes, self->language_tag);
  }

  if (on_timeline)
    {
      set_text (self->section_tag, atlas_section_get_title (atlas_item_get_section (item)));
      /* Beside the tag, a minimum of a dozen characters would keep a
       * narrow window at a large zoom from getting as narrow as before */
      gtk_label_set_width_chars (self->title_label, -1);
    }

  /* The English name of an organization known by another one, for
   * readers in English: in French or Dutch it would be a third name */
  if (ATLAS_IS_ORGANIZATION (item) && g_str_equal (atlas_profile_get_language (self->profile), "en"))
    set_text (self->subtitle_label, atlas_organization_get_english_name (ATLAS_ORGANIZATION (item)));

  if (ATLAS_IS_LEGAL_ITEM (item))
    {
      const char *penalty = atlas_legal_item_get_penalty (ATLAS_LEGAL_ITEM (item));

      set_text (self->penalty_label, penalty);
      gtk_widget_set_visible (self->penalty_heading, penalty != NULL);
    }

  if (atlas_item_row_get_hiding_details (self))
    {
      set_text (self->safe_note_label, atlas_classroom_safe_note ());
      gtk_widget_set_visible (self->details_button, TRUE);
      gtk_revealer_set_reveal_child (self->details, FALSE);
    }

  url = atlas_item_get_url (item);
  if (url != NULL)
    gtk_box_append (GTK_BOX (self->box), atlas_link_button_new (_("Visit Website"), url));

  /* What a screen reader announces; where a gathered event leads */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  if (is_gathered (item))
    {
      g_autofree char *tooltip =
        /* TRANSLATORS: on a timeline event that comes from another section: "Show in Education" */
        g_strdup_printf (_("Show in %s"), atlas_section_get_title (atlas_item_get_section (item)));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self), TRUE);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                      -1);
    }
}

static void
atlas_item_row_dispose (GObject *object)
{
  AtlasItemRow *self = ATLAS_ITEM_ROW (object);

  /* The box is GtkListBoxRow's child, which it takes away itself */
  g_clear_object (&self->item);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (atlas_item_row_parent_class)->dispose (object);
}

static void
atlas_item_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  AtlasItemRow *self = ATLAS_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_CLASSROOM_SAFE:
      g_value_set_boolean (value, self->classroom_safe);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_item_row_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  AtlasItemRow *self = ATLAS_ITEM_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      self->item = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_CLASSROOM_SAFE:
      self->classroom_safe = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_item_row_class_init (AtlasItemRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_item_row_constructed;
  object_class->dispose = atlas_item_row_dispose;
  object_class->get_property = atlas_item_row_get_property;
  object_class->set_property = atlas_item_row_set_property;

  /**
   * AtlasItemRow:item:
   *
   * The item shown.
   */
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         ATLAS_TYPE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItemRow:profile:
   *
   * The profile of the item, which says which texts are translations.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasItemRow:classroom-safe:
   *
   * Whether the text of an item the profile marks as sensitive is behind
   * a button.
   */
  properties[PROP_CLASSROOM_SAFE] =
    g_param_spec_boolean ("classroom-safe", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, box);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, facts_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, facts_below_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, section_tag);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, language_tag);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, safe_note_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, details_button);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, details);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, description_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, penalty_heading);
  gtk_widget_class_bind_template_child (widget_class, AtlasItemRow, penalty_label);
  gtk_widget_class_bind_template_callback (widget_class, details_toggled_cb);
}

static void
atlas_item_row_init (AtlasItemRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * atlas_item_row_new:
 * @item: an item of @profile
 * @classroom_safe: whether the text of a sensitive item is behind a button
 *
 * Returns: (transfer floating): the row that shows @item in its section's
 *   page
 */
GtkWidget *
atlas_item_row_new (AtlasItem    *item,
                    AtlasProfile *profile,
                    gboolean      classroom_safe)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (item), NULL);
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_ITEM_ROW,
                       "item", item,
                       "profile", profile,
                       "classroom-safe", classroom_safe,
                       NULL);
}

/**
 * atlas_item_row_get_item:
 *
 * Returns: (transfer none): the item shown
 */
AtlasItem *
atlas_item_row_get_item (AtlasItemRow *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM_ROW (self), NULL);

  return self->item;
}

gboolean
atlas_item_row_get_classroom_safe (AtlasItemRow *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM_ROW (self), FALSE);

  return self->classroom_safe;
}

/**
 * atlas_item_row_get_hiding_details:
 *
 * Returns: whether the row hides a sensitive text behind its button (it
 *   may be shown for now)
 */
gboolean
atlas_item_row_get_hiding_details (AtlasItemRow *self)
{
  g_return_val_if_fail (ATLAS_IS_ITEM_ROW (self), FALSE);

  return self->classroom_safe && self->item != NULL && atlas_item_get_sensitive (self->item);
}

/* atlas-section-rows.c: the rows of a section page, one per item
 *
 * Each item is a row of a boxed list with all of its text, wrapped, never
 * cut. The rows are built in code, one builder per kind of item; what
 * every item has comes from AtlasItem (atlas-item.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-section-rows"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-event.h"
#include "atlas-format.h"
#include "atlas-initiative.h"
#include "atlas-legal-item.h"
#include "atlas-organization.h"
#include "atlas-police-unit.h"
#include "atlas-section-rows.h"
#include "atlas-sections.h"
#include "atlas-widgets.h"

/* A row that a screen reader announces by its title */
static GtkWidget *
item_row_new (GtkWidget  *box,
              const char *title)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  return row;
}

/* The item's website, when it has one */
static void
add_link (GtkWidget *box,
          AtlasItem *item)
{
  const char *url = atlas_item_get_url (item);

  if (url != NULL)
    gtk_box_append (GTK_BOX (box), atlas_link_button_new (_("Visit Website"), url));
}

static GtkWidget *
create_initiative_row (AtlasItem    *item,
                       AtlasProfile *profile)
{
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *years = atlas_item_format_facts (item);

  atlas_item_box_add (box, years, "atlas-date");
  atlas_item_box_add (box, atlas_item_get_title (item), "heading");
  atlas_item_box_add_language_tag (box, profile, item, FALSE);
  atlas_item_box_add (box, atlas_item_get_description (item), "body");
  add_link (box, item);

  return item_row_new (box, atlas_item_get_title (item));
}

static GtkWidget *
create_police_unit_row (AtlasItem    *item,
                        AtlasProfile *profile)
{
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *title = atlas_item_format_title (item);
  g_autofree char *level = atlas_item_format_facts (item);

  atlas_item_box_add (box, title, "heading");
  atlas_item_box_add (box, level, "atlas-date");
  atlas_item_box_add_language_tag (box, profile, item, FALSE);
  atlas_item_box_add (box, atlas_item_get_description (item), "body");
  add_link (box, item);

  return item_row_new (box, title);
}

static GtkWidget *
create_organization_row (AtlasOrganization *organization,
                         AtlasProfile      *profile)
{
  AtlasItem *item = ATLAS_ITEM (organization);
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *facts = atlas_item_format_facts (item);

  atlas_item_box_add (box, atlas_item_get_title (item), "heading");
  atlas_item_box_add (box, atlas_organization_get_english_name (organization), "dim-label");

  atlas_item_box_add (box, facts, "atlas-date");
  atlas_item_box_add_language_tag (box, profile, item, FALSE);
  atlas_item_box_add (box, atlas_item_get_description (item), "body");
  add_link (box, item);

  return item_row_new (box, atlas_item_get_title (item));
}

static void
details_toggled_cb (GtkToggleButton *button,
                    GtkRevealer     *details)
{
  gboolean shown = gtk_toggle_button_get_active (button);

  gtk_revealer_set_reveal_child (details, shown);
  gtk_button_set_label (GTK_BUTTON (button), shown ? _("Hide Details") : _("Show Details"));
}

static GtkWidget *
create_legal_item_row (AtlasLegalItem *law,
                       AtlasProfile   *profile,
                       gboolean        classroom_safe)
{
  AtlasItem *item = ATLAS_ITEM (law);
  GtkWidget *box = atlas_item_box_new ();
  GtkWidget *text_box = box;
  g_autofree char *context = atlas_item_format_facts (item);

  atlas_item_box_add (box, context, "atlas-date");
  atlas_item_box_add (box, atlas_item_get_title (item), "heading");
  atlas_item_box_add_language_tag (box, profile, item, atlas_item_is_law (item));

  /* In the classroom-safe view, what the profile marks as sensitive is
   * behind a button */
  if (classroom_safe && atlas_item_get_sensitive (item))
    {
      GtkWidget *details = gtk_revealer_new ();
      GtkWidget *button = gtk_toggle_button_new_with_label (_("Show Details"));

      atlas_item_box_add (box, atlas_classroom_safe_note (), "dim-label");
      gtk_widget_add_css_class (button, "flat");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_set_name (button, "show-details");
      g_signal_connect (button, "toggled", G_CALLBACK (details_toggled_cb), details);
      gtk_box_append (GTK_BOX (box), button);

      text_box = atlas_item_box_new ();
      gtk_widget_set_name (details, "details");
      gtk_revealer_set_child (GTK_REVEALER (details), text_box);
      gtk_box_append (GTK_BOX (box), details);
    }

  atlas_item_box_add (text_box, atlas_item_get_description (item), "body");

  if (atlas_legal_item_get_penalty (law) != NULL)
    {
      atlas_item_box_add (text_box, _("Penalty"), "caption-heading");
      atlas_item_box_add (text_box, atlas_legal_item_get_penalty (law), "body");
    }

  return item_row_new (box, atlas_item_get_title (item));
}

static GtkWidget *
create_event_row (AtlasItem    *item,
                  AtlasProfile *profile)
{
  GtkWidget *box = atlas_item_box_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *title;
  GtkWidget *tag;
  GtkWidget *row;
  AtlasSection from = atlas_item_get_section (item);

  title = atlas_text_new (atlas_item_get_title (item), "heading");
  /* Beside the tag, a minimum of a dozen characters would keep a narrow
   * window at a large zoom from getting as narrow as before */
  gtk_label_set_width_chars (GTK_LABEL (title), -1);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (header), title);

  tag = gtk_label_new (atlas_section_get_title (from));
  gtk_widget_add_css_class (tag, "atlas-tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (tag, _("The section this event comes from"));
  gtk_box_append (GTK_BOX (header), tag);
  gtk_box_append (GTK_BOX (box), header);
  atlas_item_box_add_language_tag (box, profile, item, atlas_item_is_law (item));

  /* The year is the heading above: only a span of years is written */
  if (atlas_item_get_end_year (item) != 0)
    {
      g_autofree char *years = atlas_item_format_facts (item);
      atlas_item_box_add (box, years, "atlas-date");
    }

  atlas_item_box_add (box, atlas_item_get_description (item), "body");

  row = item_row_new (box, atlas_item_get_title (item));

  if (from != ATLAS_SECTION_TIMELINE)
    {
      g_autofree char *tooltip =
        /* TRANSLATORS: on a timeline event that comes from another section: "Show in Education" */
        g_strdup_printf (_("Show in %s"), atlas_section_get_title (from));

      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_tooltip_text (row, tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                      -1);
    }

  return row;
}

/**
 * atlas_section_row_new:
 * @item: an item of @profile
 * @classroom_safe: whether the texts the profile marks as sensitive are
 *   hidden behind a button
 *
 * Returns: (transfer floating): the row that shows @item in its section's
 *   page
 */
GtkWidget *
atlas_section_row_new (AtlasItem    *item,
                       AtlasProfile *profile,
                       gboolean      classroom_safe)
{
  g_return_val_if_fail (ATLAS_IS_ITEM (item), NULL);

  if (ATLAS_IS_INITIATIVE (item))
    return create_initiative_row (item, profile);
  if (ATLAS_IS_POLICE_UNIT (item))
    return create_police_unit_row (item, profile);
  if (ATLAS_IS_ORGANIZATION (item))
    return create_organization_row (ATLAS_ORGANIZATION (item), profile);
  if (ATLAS_IS_LEGAL_ITEM (item))
    return create_legal_item_row (ATLAS_LEGAL_ITEM (item), profile, classroom_safe);
  if (ATLAS_IS_EVENT (item))
    return create_event_row (item, profile);

  g_return_val_if_reached (NULL);
}

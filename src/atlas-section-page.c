/* atlas-section-page.c: a page listing the items of one section
 *
 * Education, Law Enforcement, Organizations, Legislation and Timeline are
 * short lists: each item is a row of a boxed list with all of its text,
 * wrapped, never cut.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-section-page"

#include "config.h"

#include <glib/gi18n.h>

#include "atlas-event.h"
#include "atlas-format.h"
#include "atlas-initiative.h"
#include "atlas-legal-item.h"
#include "atlas-organization.h"
#include "atlas-police-unit.h"
#include "atlas-section-page.h"
#include "atlas-sections.h"
#include "atlas-widgets.h"

struct _AtlasSectionPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkStack   *stack;
  GtkLabel   *title_label;
  GtkLabel   *count_label;
  GtkBox     *intro_box;
  GtkListBox *list;

  /* owned references */
  AtlasProfile *profile;
  AtlasSection  section;
};

G_DEFINE_FINAL_TYPE (AtlasSectionPage, atlas_section_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
level_text (AtlasLevel level)
{
  switch (level)
    {
    case ATLAS_LEVEL_NATIONAL:
      return _("National level");
    case ATLAS_LEVEL_REGIONAL:
      return _("Regional level");
    case ATLAS_LEVEL_DISTRICT:
      return _("District level");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
kind_text (AtlasOrganizationKind kind)
{
  switch (kind)
    {
    case ATLAS_ORGANIZATION_KIND_NGO:
      return _("NGO");
    case ATLAS_ORGANIZATION_KIND_GOVERNMENT:
      return _("Government");
    case ATLAS_ORGANIZATION_KIND_LAW_ENFORCEMENT:
      return _("Law enforcement");
    case ATLAS_ORGANIZATION_KIND_INTERNATIONAL_ORGANIZATION:
      return _("International organization");
    case ATLAS_ORGANIZATION_KIND_INDUSTRY_ASSOCIATION:
      return _("Industry association");
    case ATLAS_ORGANIZATION_KIND_EDUCATION_RESOURCE:
      return _("Education resource");
    case ATLAS_ORGANIZATION_KIND_CAMPAIGN:
      return _("Campaign");
    default:
      g_return_val_if_reached (NULL);
    }
}

static const char *
scope_text (AtlasScope scope)
{
  switch (scope)
    {
    case ATLAS_SCOPE_NATIONAL:
      return _("National");
    case ATLAS_SCOPE_REGIONAL:
      return _("Regional");
    case ATLAS_SCOPE_EUROPEAN:
      return _("European");
    case ATLAS_SCOPE_INTERNATIONAL:
      return _("International");
    default:
      g_return_val_if_reached (NULL);
    }
}

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

static GtkWidget *
create_initiative_row (AtlasInitiative *item)
{
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *years = atlas_format_year_range (atlas_initiative_get_year (item),
                                                    atlas_initiative_get_end_year (item));

  atlas_item_box_add (box, years, "atlas-date");
  atlas_item_box_add (box, atlas_initiative_get_title (item), "heading");
  atlas_item_box_add (box, atlas_initiative_get_description (item), "body");

  if (atlas_initiative_get_url (item) != NULL)
    gtk_box_append (GTK_BOX (box),
                    atlas_link_button_new (_("Visit Website"), atlas_initiative_get_url (item)));

  return item_row_new (box, atlas_initiative_get_title (item));
}

static GtkWidget *
create_police_unit_row (AtlasPoliceUnit *item)
{
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *title = NULL;

  if (atlas_police_unit_get_name (item) != NULL)
    /* TRANSLATORS: a unit's acronym and its full name: "FCCU: Federal Computer Crime Unit" */
    title = g_strdup_printf (_("%s: %s"),
                             atlas_police_unit_get_acronym (item),
                             atlas_police_unit_get_name (item));
  else
    title = g_strdup (atlas_police_unit_get_acronym (item));

  atlas_item_box_add (box, title, "heading");
  atlas_item_box_add (box, level_text (atlas_police_unit_get_level (item)), "atlas-date");
  atlas_item_box_add (box, atlas_police_unit_get_remit (item), "body");

  if (atlas_police_unit_get_url (item) != NULL)
    gtk_box_append (GTK_BOX (box),
                    atlas_link_button_new (_("Visit Website"), atlas_police_unit_get_url (item)));

  return item_row_new (box, title);
}

static GtkWidget *
create_organization_row (AtlasOrganization *item)
{
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *facts = NULL;

  atlas_item_box_add (box, atlas_organization_get_name (item), "heading");
  atlas_item_box_add (box, atlas_organization_get_english_name (item), "dim-label");

  if (atlas_organization_get_founded (item) != 0)
    {
      g_autofree char *since =
        /* TRANSLATORS: the year an organization was founded or launched */
        g_strdup_printf (_("since %d"), atlas_organization_get_founded (item));

      facts = g_strjoin (" · ",
                         kind_text (atlas_organization_get_kind (item)),
                         scope_text (atlas_organization_get_scope (item)),
                         since, NULL);
    }
  else
    facts = g_strjoin (" · ",
                       kind_text (atlas_organization_get_kind (item)),
                       scope_text (atlas_organization_get_scope (item)),
                       NULL);

  atlas_item_box_add (box, facts, "atlas-date");
  atlas_item_box_add (box, atlas_organization_get_description (item), "body");

  if (atlas_organization_get_url (item) != NULL)
    gtk_box_append (GTK_BOX (box),
                    atlas_link_button_new (_("Visit Website"), atlas_organization_get_url (item)));

  return item_row_new (box, atlas_organization_get_name (item));
}

static char *
legal_item_context (AtlasLegalItem *item)
{
  switch (atlas_legal_item_get_kind (item))
    {
    case ATLAS_LEGAL_KIND_ARTICLE:
      {
        /* TRANSLATORS: "Belgian Penal Code, article 388" */
        g_autofree char *where = g_strdup_printf (_("%s, article %s"),
                                                  atlas_legal_item_get_code (item),
                                                  atlas_legal_item_get_article (item));

        if (atlas_legal_item_get_part (item) != NULL)
          return g_strjoin (" · ", where, atlas_legal_item_get_part (item), NULL);
        return g_steal_pointer (&where);
      }

    case ATLAS_LEGAL_KIND_INSTRUMENT:
      if (atlas_legal_item_get_year (item) != 0)
        {
          g_autofree char *date = atlas_format_month_year (atlas_legal_item_get_year (item),
                                                           atlas_legal_item_get_month (item));
          return g_strjoin (" · ", _("International instrument"), date, NULL);
        }
      return g_strdup (_("International instrument"));

    case ATLAS_LEGAL_KIND_JURISDICTION:
      if (atlas_legal_item_get_year (item) != 0)
        {
          g_autofree char *since =
            g_strdup_printf (_("since %d"), atlas_legal_item_get_year (item));
          return g_strjoin (" · ", _("Jurisdiction"), since, NULL);
        }
      return g_strdup (_("Jurisdiction"));

    default:
      g_return_val_if_reached (NULL);
    }
}

static GtkWidget *
create_legal_item_row (AtlasLegalItem *item)
{
  GtkWidget *box = atlas_item_box_new ();
  g_autofree char *context = legal_item_context (item);

  atlas_item_box_add (box, context, "atlas-date");
  atlas_item_box_add (box, atlas_legal_item_get_title (item), "heading");
  atlas_item_box_add (box, atlas_legal_item_get_description (item), "body");

  if (atlas_legal_item_get_penalty (item) != NULL)
    {
      atlas_item_box_add (box, _("Penalty"), "caption-heading");
      atlas_item_box_add (box, atlas_legal_item_get_penalty (item), "body");
    }

  return item_row_new (box, atlas_legal_item_get_title (item));
}

static GtkWidget *
create_event_row (AtlasEvent *item)
{
  GtkWidget *box = atlas_item_box_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *year_label;
  GtkWidget *tag;
  g_autofree char *years = atlas_format_year_range (atlas_event_get_year (item),
                                                    atlas_event_get_end_year (item));

  year_label = atlas_text_new (years, "title-3");
  gtk_widget_set_hexpand (year_label, TRUE);
  gtk_box_append (GTK_BOX (header), year_label);

  tag = gtk_label_new (atlas_section_get_title (atlas_event_get_section (item)));
  gtk_widget_add_css_class (tag, "atlas-tag");
  gtk_widget_set_valign (tag, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (tag, _("The section this event comes from"));
  gtk_box_append (GTK_BOX (header), tag);

  gtk_box_append (GTK_BOX (box), header);
  atlas_item_box_add (box, atlas_event_get_title (item), "heading");
  atlas_item_box_add (box, atlas_event_get_description (item), "body");

  return item_row_new (box, atlas_event_get_title (item));
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  if (ATLAS_IS_INITIATIVE (item))
    return create_initiative_row (item);
  if (ATLAS_IS_POLICE_UNIT (item))
    return create_police_unit_row (item);
  if (ATLAS_IS_ORGANIZATION (item))
    return create_organization_row (item);
  if (ATLAS_IS_LEGAL_ITEM (item))
    return create_legal_item_row (item);
  if (ATLAS_IS_EVENT (item))
    return create_event_row (item);

  g_return_val_if_reached (NULL);
}

static void
add_intro (AtlasSectionPage *self,
           const char       *text,
           const char       *css_class)
{
  if (text != NULL)
    gtk_box_append (self->intro_box, atlas_text_new (text, css_class));
}

static void
atlas_section_page_constructed (GObject *object)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);
  GListModel *model;
  g_autofree char *count = NULL;
  guint n_items;

  G_OBJECT_CLASS (atlas_section_page_parent_class)->constructed (object);

  g_return_if_fail (self->profile != NULL);

  model = atlas_profile_get_section_model (self->profile, self->section);
  n_items = g_list_model_get_n_items (model);

  gtk_label_set_text (self->title_label, atlas_section_get_title (self->section));
  count = atlas_section_format_count (self->section, n_items);
  gtk_label_set_text (self->count_label, count);

  switch (self->section)
    {
    case ATLAS_SECTION_LAW_ENFORCEMENT:
      add_intro (self, atlas_profile_get_law_enforcement_agency (self->profile), "title-3");
      add_intro (self, atlas_profile_get_law_enforcement_description (self->profile), "body");
      break;

    case ATLAS_SECTION_LEGISLATION:
      add_intro (self, atlas_profile_get_legislation_intro (self->profile), "body");
      break;

    case ATLAS_SECTION_TIMELINE:
      add_intro (self,
                 _("Every dated event of the profile, oldest first, with the section it comes from."),
                 "dim-label");
      break;

    case ATLAS_SECTION_OVERVIEW:
    case ATLAS_SECTION_EDUCATION:
    case ATLAS_SECTION_ORGANIZATIONS:
    case ATLAS_SECTION_RESEARCH:
    default:
      break;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->intro_box),
                          gtk_widget_get_first_child (GTK_WIDGET (self->intro_box)) != NULL);

  gtk_list_box_bind_model (self->list, model, create_row, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  atlas_section_get_title (self->section),
                                  -1);

  gtk_stack_set_visible_child_name (self->stack,
                                    n_items > 0 || gtk_widget_get_visible (GTK_WIDGET (self->intro_box))
                                    ? "content" : "empty");
}

static void
atlas_section_page_dispose (GObject *object)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);

  g_clear_object (&self->profile);

  G_OBJECT_CLASS (atlas_section_page_parent_class)->dispose (object);
}

static void
atlas_section_page_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    case PROP_SECTION:
      g_value_set_enum (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_section_page_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasSectionPage *self = ATLAS_SECTION_PAGE (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      self->section = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_section_page_class_init (AtlasSectionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = atlas_section_page_constructed;
  object_class->dispose = atlas_section_page_dispose;
  object_class->get_property = atlas_section_page_get_property;
  object_class->set_property = atlas_section_page_set_property;

  /**
   * AtlasSectionPage:profile:
   *
   * The profile whose section the page shows.
   */
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         ATLAS_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasSectionPage:section:
   *
   * The section the page shows.
   */
  properties[PROP_SECTION] =
    g_param_spec_enum ("section", NULL, NULL,
                       ATLAS_TYPE_SECTION, ATLAS_SECTION_EDUCATION,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/atlas-section-page.ui");
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, stack);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, intro_box);
  gtk_widget_class_bind_template_child (widget_class, AtlasSectionPage, list);
}

static void
atlas_section_page_init (AtlasSectionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
atlas_section_page_new (AtlasProfile *profile,
                        AtlasSection  section)
{
  g_return_val_if_fail (ATLAS_IS_PROFILE (profile), NULL);

  return g_object_new (ATLAS_TYPE_SECTION_PAGE,
                       "profile", profile,
                       "section", section,
                       NULL);
}

AtlasSection
atlas_section_page_get_section (AtlasSectionPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SECTION_PAGE (self), ATLAS_SECTION_EDUCATION);

  return self->section;
}

/**
 * atlas_section_page_get_list:
 *
 * Returns: (transfer none): the list of items
 */
GtkListBox *
atlas_section_page_get_list (AtlasSectionPage *self)
{
  g_return_val_if_fail (ATLAS_IS_SECTION_PAGE (self), NULL);

  return self->list;
}

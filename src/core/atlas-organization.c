/* atlas-organization.c: an organization working on child online safety
 *
 * Its title is its name, its year the year it was founded or launched (0
 * when the profile does not say), both as every item has them
 * (atlas-item.c); it adds an English name, its kind and where it works.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-organization"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-organization.h"

struct _AtlasOrganization
{
  AtlasItem parent_instance;

  char *english_name;
  AtlasOrganizationKind kind;
  AtlasScope scope;
};

G_DEFINE_FINAL_TYPE (AtlasOrganization, atlas_organization, ATLAS_TYPE_ITEM)

enum {
  PROP_0,
  PROP_ENGLISH_NAME,
  PROP_KIND,
  PROP_SCOPE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_organization_finalize (GObject *object)
{
  AtlasOrganization *self = ATLAS_ORGANIZATION (object);

  g_free (self->english_name);

  G_OBJECT_CLASS (atlas_organization_parent_class)->finalize (object);
}

static void
atlas_organization_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  AtlasOrganization *self = ATLAS_ORGANIZATION (object);

  switch (prop_id)
    {
    case PROP_ENGLISH_NAME:
      g_value_set_string (value, self->english_name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SCOPE:
      g_value_set_enum (value, self->scope);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_organization_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  AtlasOrganization *self = ATLAS_ORGANIZATION (object);

  switch (prop_id)
    {
    case PROP_ENGLISH_NAME:
      self->english_name = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_SCOPE:
      self->scope = g_value_get_enum (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* "NGO · National · since 2002" */
static char *
atlas_organization_format_facts (AtlasItem *item)
{
  AtlasOrganization *self = ATLAS_ORGANIZATION (item);
  const char *kind = atlas_organization_kind_get_title (self->kind);
  const char *scope = atlas_scope_get_title (self->scope);
  int founded = atlas_item_get_year (item);

  if (founded != 0)
    {
      g_autofree char *since =
        /* TRANSLATORS: the year an organization was founded or launched */
        g_strdup_printf (_("since %d"), founded);

      return g_strjoin (" · ", kind, scope, since, NULL);
    }

  return g_strjoin (" · ", kind, scope, NULL);
}

static char *
atlas_organization_format_footer (AtlasItem *item)
{
  return g_strdup (ATLAS_ORGANIZATION (item)->english_name);
}

static void
atlas_organization_add_search_texts (AtlasItem *item,
                                     GPtrArray *texts)
{
  g_ptr_array_add (texts, ATLAS_ORGANIZATION (item)->english_name);
}

static void
atlas_organization_class_init (AtlasOrganizationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  object_class->finalize = atlas_organization_finalize;
  object_class->get_property = atlas_organization_get_property;
  object_class->set_property = atlas_organization_set_property;

  item_class->section = ATLAS_SECTION_ORGANIZATIONS;
  item_class->title_context = "organization name";
  item_class->description_context = "organization description";
  item_class->format_facts = atlas_organization_format_facts;
  item_class->format_footer = atlas_organization_format_footer;
  item_class->add_search_texts = atlas_organization_add_search_texts;

  /**
   * AtlasOrganization:english-name:
   *
   * An English name given by the source, or %NULL. It is not translated.
   */
  properties[PROP_ENGLISH_NAME] =
    g_param_spec_string ("english-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasOrganization:kind:
   *
   * What kind of body it is.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ATLAS_TYPE_ORGANIZATION_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasOrganization:scope:
   *
   * Where it works.
   */
  properties[PROP_SCOPE] =
    g_param_spec_enum ("scope", NULL, NULL,
                       ATLAS_TYPE_SCOPE, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_organization_init (AtlasOrganization *self)
{
}

const char *
atlas_organization_get_english_name (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), NULL);

  return self->english_name;
}

AtlasOrganizationKind
atlas_organization_get_kind (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), 0);

  return self->kind;
}

AtlasScope
atlas_organization_get_scope (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), 0);

  return self->scope;
}

/* "NGO", "Government": the kind of an organization */
const char *
atlas_organization_kind_get_title (AtlasOrganizationKind kind)
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

/* "National", "European": where an organization works */
const char *
atlas_scope_get_title (AtlasScope scope)
{
  switch (scope)
    {
    /* TRANSLATORS: the reach of an organization, after its kind:
     * "NGO · National"; French says "ONG · portée nationale" */
    case ATLAS_SCOPE_NATIONAL:
      return C_("scope of an organization", "National");
    case ATLAS_SCOPE_REGIONAL:
      return C_("scope of an organization", "Regional");
    case ATLAS_SCOPE_EUROPEAN:
      return C_("scope of an organization", "European");
    case ATLAS_SCOPE_INTERNATIONAL:
      return C_("scope of an organization", "International");
    default:
      g_return_val_if_reached (NULL);
    }
}

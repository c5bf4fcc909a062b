/* atlas-organization.c: an organization working on child online safety
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-organization"

#include "config.h"

#include "atlas-organization.h"

struct _AtlasOrganization
{
  GObject parent_instance;

  char *id;
  char *name;
  char *english_name;
  AtlasOrganizationKind kind;
  AtlasScope scope;
  int founded;
  char *description;
  char *url;
};

G_DEFINE_FINAL_TYPE (AtlasOrganization, atlas_organization, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ENGLISH_NAME,
  PROP_KIND,
  PROP_SCOPE,
  PROP_FOUNDED,
  PROP_DESCRIPTION,
  PROP_URL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_organization_finalize (GObject *object)
{
  AtlasOrganization *self = ATLAS_ORGANIZATION (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->english_name);
  g_free (self->description);
  g_free (self->url);

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
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ENGLISH_NAME:
      g_value_set_string (value, self->english_name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SCOPE:
      g_value_set_enum (value, self->scope);
      break;

    case PROP_FOUNDED:
      g_value_set_int (value, self->founded);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
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
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;

    case PROP_ENGLISH_NAME:
      self->english_name = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_SCOPE:
      self->scope = g_value_get_enum (value);
      break;

    case PROP_FOUNDED:
      self->founded = g_value_get_int (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_URL:
      self->url = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_organization_class_init (AtlasOrganizationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_organization_finalize;
  object_class->get_property = atlas_organization_get_property;
  object_class->set_property = atlas_organization_set_property;

  /**
   * AtlasOrganization:id:
   *
   * The stable id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasOrganization:name:
   *
   * The name used in the source.
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasOrganization:english-name:
   *
   * An English name given by the source, or %NULL.
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

  /**
   * AtlasOrganization:founded:
   *
   * The founding or launch year, or 0.
   */
  properties[PROP_FOUNDED] =
    g_param_spec_int ("founded", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasOrganization:description:
   *
   * What it does.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasOrganization:url:
   *
   * The its checked official website, or %NULL.
   */
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_organization_init (AtlasOrganization *self)
{
}

const char *
atlas_organization_get_id (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), NULL);

  return self->id;
}

const char *
atlas_organization_get_name (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), NULL);

  return self->name;
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

int
atlas_organization_get_founded (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), 0);

  return self->founded;
}

const char *
atlas_organization_get_description (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), NULL);

  return self->description;
}

const char *
atlas_organization_get_url (AtlasOrganization *self)
{
  g_return_val_if_fail (ATLAS_IS_ORGANIZATION (self), NULL);

  return self->url;
}

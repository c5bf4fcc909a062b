/* atlas-legal-item.c: an item of the Legislation section: an international instrument,
 * a rule of jurisdiction or an article of a national code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-legal-item"

#include "config.h"

#include "atlas-legal-item.h"

struct _AtlasLegalItem
{
  GObject parent_instance;

  char *id;
  AtlasLegalKind kind;
  char *title;
  char *code;
  char *article;
  char *part;
  int year;
  int month;
  char *description;
  char *penalty;
  gboolean sensitive;
};

G_DEFINE_FINAL_TYPE (AtlasLegalItem, atlas_legal_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_CODE,
  PROP_ARTICLE,
  PROP_PART,
  PROP_YEAR,
  PROP_MONTH,
  PROP_DESCRIPTION,
  PROP_PENALTY,
  PROP_SENSITIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_legal_item_finalize (GObject *object)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->code);
  g_free (self->article);
  g_free (self->part);
  g_free (self->description);
  g_free (self->penalty);

  G_OBJECT_CLASS (atlas_legal_item_parent_class)->finalize (object);
}

static void
atlas_legal_item_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_ARTICLE:
      g_value_set_string (value, self->article);
      break;

    case PROP_PART:
      g_value_set_string (value, self->part);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_MONTH:
      g_value_set_int (value, self->month);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_PENALTY:
      g_value_set_string (value, self->penalty);
      break;

    case PROP_SENSITIVE:
      g_value_set_boolean (value, self->sensitive);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_legal_item_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_KIND:
      self->kind = g_value_get_enum (value);
      break;

    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_CODE:
      self->code = g_value_dup_string (value);
      break;

    case PROP_ARTICLE:
      self->article = g_value_dup_string (value);
      break;

    case PROP_PART:
      self->part = g_value_dup_string (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_MONTH:
      self->month = g_value_get_int (value);
      break;

    case PROP_DESCRIPTION:
      self->description = g_value_dup_string (value);
      break;

    case PROP_PENALTY:
      self->penalty = g_value_dup_string (value);
      break;

    case PROP_SENSITIVE:
      self->sensitive = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
atlas_legal_item_class_init (AtlasLegalItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = atlas_legal_item_finalize;
  object_class->get_property = atlas_legal_item_get_property;
  object_class->set_property = atlas_legal_item_set_property;

  /**
   * AtlasLegalItem:id:
   *
   * The stable id.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:kind:
   *
   * The instrument, jurisdiction or article.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ATLAS_TYPE_LEGAL_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:title:
   *
   * The short title.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:code:
   *
   * The code an article belongs to, or %NULL.
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:article:
   *
   * The article number as written, or %NULL.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_string ("article", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:part:
   *
   * The part of the code, or %NULL.
   */
  properties[PROP_PART] =
    g_param_spec_string ("part", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:year:
   *
   * The year of ratification or entry into force, or 0.
   */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:month:
   *
   * The month (1-12) with the year, or 0.
   */
  properties[PROP_MONTH] =
    g_param_spec_int ("month", NULL, NULL,
                      0, 12, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:description:
   *
   * What it says or defines.
   */
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:penalty:
   *
   * The penalty, or %NULL.
   */
  properties[PROP_PENALTY] =
    g_param_spec_string ("penalty", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:sensitive:
   *
   * Whether it describes sexual offences in detail.
   */
  properties[PROP_SENSITIVE] =
    g_param_spec_boolean ("sensitive", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
atlas_legal_item_init (AtlasLegalItem *self)
{
}

const char *
atlas_legal_item_get_id (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->id;
}

AtlasLegalKind
atlas_legal_item_get_kind (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), 0);

  return self->kind;
}

const char *
atlas_legal_item_get_title (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->title;
}

const char *
atlas_legal_item_get_code (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->code;
}

const char *
atlas_legal_item_get_article (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->article;
}

const char *
atlas_legal_item_get_part (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->part;
}

int
atlas_legal_item_get_year (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), 0);

  return self->year;
}

int
atlas_legal_item_get_month (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), 0);

  return self->month;
}

const char *
atlas_legal_item_get_description (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->description;
}

const char *
atlas_legal_item_get_penalty (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->penalty;
}

gboolean
atlas_legal_item_get_sensitive (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), FALSE);

  return self->sensitive;
}

/* atlas-legal-item.c: an item of the Legislation section: an international instrument,
 * a rule of jurisdiction or an article of a national code
 *
 * Besides what every item has (atlas-item.c; its year is 0 when the
 * profile gives none), the code and article it is in, a part of the code,
 * a month, a penalty and whether its text is sensitive. Its title,
 * description, code, part and penalty are translated.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "atlas-legal-item"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "atlas-format.h"
#include "atlas-legal-item.h"
#include "atlas-text.h"

struct _AtlasLegalItem
{
  AtlasItem parent_instance;

  AtlasLegalKind kind;
  char *code;
  char *article;
  char *part;
  int month;
  char *penalty;
  gboolean sensitive;
};

G_DEFINE_FINAL_TYPE (AtlasLegalItem, atlas_legal_item, ATLAS_TYPE_ITEM)

enum {
  PROP_0,
  PROP_KIND,
  PROP_CODE,
  PROP_ARTICLE,
  PROP_PART,
  PROP_MONTH,
  PROP_PENALTY,
  PROP_SENSITIVE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
atlas_legal_item_finalize (GObject *object)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (object);

  g_free (self->code);
  g_free (self->article);
  g_free (self->part);
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
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
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

    case PROP_MONTH:
      g_value_set_int (value, self->month);
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
    case PROP_KIND:
      self->kind = g_value_get_enum (value);
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

    case PROP_MONTH:
      self->month = g_value_get_int (value);
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

static gboolean
atlas_legal_item_is_sensitive (AtlasItem *item)
{
  return ATLAS_LEGAL_ITEM (item)->sensitive;
}

/* "Belgian Penal Code, article 388 · Part", "International instrument ·
 * September 2012" */
static char *
atlas_legal_item_format_facts (AtlasItem *item)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (item);
  int year = atlas_item_get_year (item);

  switch (self->kind)
    {
    case ATLAS_LEGAL_KIND_ARTICLE:
      {
        /* TRANSLATORS: "Belgian Penal Code, article 388" */
        g_autofree char *where = g_strdup_printf (_("%s, article %s"), self->code, self->article);

        if (self->part != NULL)
          return g_strjoin (" · ", where, self->part, NULL);
        return g_steal_pointer (&where);
      }

    case ATLAS_LEGAL_KIND_INSTRUMENT:
      if (year != 0)
        {
          g_autofree char *date = atlas_format_month_year (year, self->month);
          return g_strjoin (" · ", _("International instrument"), date, NULL);
        }
      return g_strdup (_("International instrument"));

    case ATLAS_LEGAL_KIND_JURISDICTION:
      if (year != 0)
        {
          g_autofree char *since = g_strdup_printf (_("since %d"), year);
          return g_strjoin (" · ", _("Jurisdiction"), since, NULL);
        }
      return g_strdup (_("Jurisdiction"));

    default:
      g_return_val_if_reached (NULL);
    }
}

/* The penalty is part of the law, not a note on it: it goes in the body,
 * which slides and handouts show in the text colour */
static char *
atlas_legal_item_format_body (AtlasItem *item)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (item);
  const char *description = atlas_item_get_description (item);
  g_autofree char *penalty = NULL;

  if (self->penalty == NULL)
    return g_strdup (description);

  /* TRANSLATORS: under a law article on a slide */
  penalty = g_strdup_printf (_("Penalty: %s"), self->penalty);

  return description != NULL ? g_strjoin ("\n\n", description, penalty, NULL)
                             : g_steal_pointer (&penalty);
}

/* The start of a sensitive text is not shown in a list of results (the
 * classroom-safe view hides it); where the law is, is */
static char *
atlas_legal_item_format_search_detail (AtlasItem *item)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (item);

  if (self->sensitive && self->code != NULL)
    return g_strjoin (" · ", self->code, self->article, NULL);

  return atlas_text_extract (atlas_item_get_description (item), 120);
}

static void
atlas_legal_item_add_search_texts (AtlasItem *item,
                                   GPtrArray *texts)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (item);

  g_ptr_array_add (texts, self->code);
  g_ptr_array_add (texts, self->article);
  g_ptr_array_add (texts, self->part);
  g_ptr_array_add (texts, self->penalty);
}

static void
atlas_legal_item_add_translations (AtlasItem         *item,
                                   AtlasTranslations *translations)
{
  AtlasLegalItem *self = ATLAS_LEGAL_ITEM (item);
  GObject *object = G_OBJECT (item);

  ATLAS_ITEM_CLASS (atlas_legal_item_parent_class)->add_translations (item, translations);
  atlas_translations_add (translations, object, properties[PROP_CODE], &self->code, "legal code");
  atlas_translations_add (translations, object, properties[PROP_PART], &self->part, "legal code part");
  atlas_translations_add (translations, object, properties[PROP_PENALTY], &self->penalty,
                          "legal item penalty");
}

static void
atlas_legal_item_class_init (AtlasLegalItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  AtlasItemClass *item_class = ATLAS_ITEM_CLASS (klass);

  object_class->finalize = atlas_legal_item_finalize;
  object_class->get_property = atlas_legal_item_get_property;
  object_class->set_property = atlas_legal_item_set_property;

  item_class->section = ATLAS_SECTION_LEGISLATION;
  item_class->title_context = "legal item title";
  item_class->description_context = "legal item description";
  item_class->get_sensitive = atlas_legal_item_is_sensitive;
  item_class->format_facts = atlas_legal_item_format_facts;
  item_class->format_body = atlas_legal_item_format_body;
  item_class->format_search_detail = atlas_legal_item_format_search_detail;
  item_class->add_search_texts = atlas_legal_item_add_search_texts;
  item_class->add_translations = atlas_legal_item_add_translations;

  /**
   * AtlasLegalItem:kind:
   *
   * An international instrument, a rule of jurisdiction or an article.
   */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       ATLAS_TYPE_LEGAL_KIND, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:code:
   *
   * The code an article is in ("Belgian Penal Code"), or %NULL. Notified
   * when a language switch translates it again.
   */
  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

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
   * The part of the code, or %NULL. Notified when a language switch
   * translates it again.
   */
  properties[PROP_PART] =
    g_param_spec_string ("part", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

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
   * AtlasLegalItem:penalty:
   *
   * The penalty, or %NULL. Notified when a language switch translates it
   * again.
   */
  properties[PROP_PENALTY] =
    g_param_spec_string ("penalty", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * AtlasLegalItem:sensitive:
   *
   * Whether it describes sexual offences in detail: the classroom-safe
   * view hides its text.
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

AtlasLegalKind
atlas_legal_item_get_kind (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), 0);

  return self->kind;
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
atlas_legal_item_get_month (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), 0);

  return self->month;
}

const char *
atlas_legal_item_get_penalty (AtlasLegalItem *self)
{
  g_return_val_if_fail (ATLAS_IS_LEGAL_ITEM (self), NULL);

  return self->penalty;
}

/* atlas-translations.h: the translatable texts of a profile, each kept in English
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _AtlasTranslations AtlasTranslations;

AtlasTranslations *atlas_translations_new          (void);
void               atlas_translations_free         (AtlasTranslations  *self);
void               atlas_translations_add          (AtlasTranslations  *self,
                                                    GObject            *object,
                                                    GParamSpec         *pspec,
                                                    char              **slot,
                                                    const char         *context);
void               atlas_translations_add_strv     (AtlasTranslations  *self,
                                                    GObject            *object,
                                                    GParamSpec         *pspec,
                                                    char              **strv,
                                                    const char         *context);
void               atlas_translations_add_own_mark (AtlasTranslations  *self,
                                                    GObject            *object,
                                                    GParamSpec         *pspec,
                                                    char              **slot,
                                                    const char         *context);
gboolean           atlas_translations_apply        (AtlasTranslations  *self,
                                                    gboolean            translating,
                                                    gboolean            notify,
                                                    GHashTable         *untranslated);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (AtlasTranslations, atlas_translations_free)

G_END_DECLS

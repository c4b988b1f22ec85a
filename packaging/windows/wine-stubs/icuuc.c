/* The ucnv_* functions Qt 6.11's Qt6Core.dll imports from the system's icuuc.dll.
 *
 * Windows 10 1903 and later ship ICU as icuuc.dll; Wine 8 does not, so Qt6Core.dll does
 * not load at all. Qt converts UTF-8, UTF-16, UTF-32 and Latin-1 itself and asks ICU
 * only for other encodings, which the kiosk never uses: here every converter fails to
 * open (U_FILE_ACCESS_ERROR), so Qt reports such an encoding as unavailable. Built with
 * mingw-w64 into the Wine prefixes of scripts/windows only: never part of the kiosk or
 * its installer.
 */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode;
typedef uint16_t UChar;
#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

static void fail(UErrorCode *status)
{
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { (void)name; fail(status); return NULL; }
EXPORT void ucnv_close(void *conv) { (void)conv; }
EXPORT void ucnv_reset(void *conv) { (void)conv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *conv) { (void)conv; return 1; }
EXPORT const char *ucnv_getName(const void *conv, UErrorCode *status) { (void)conv; fail(status); return ""; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status)
{ (void)name; (void)standard; fail(status); return NULL; }
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void ucnv_getToUCallBack(const void *conv, void **action, const void **context)
{ (void)conv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_getFromUCallBack(const void *conv, void **action, const void **context)
{ (void)conv; if (action) *action = NULL; if (context) *context = NULL; }
EXPORT void ucnv_setToUCallBack(void *conv, void *action, const void *context, void **old_action,
                                const void **old_context, UErrorCode *status)
{ (void)conv; (void)action; (void)context; (void)old_action; (void)old_context; fail(status); }
EXPORT void ucnv_setFromUCallBack(void *conv, void *action, const void *context, void **old_action,
                                  const void **old_context, UErrorCode *status)
{ (void)conv; (void)action; (void)context; (void)old_action; (void)old_context; fail(status); }
EXPORT void ucnv_toUnicode(void *conv, UChar **target, const UChar *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, UErrorCode *status)
{ (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush; fail(status); }
EXPORT void ucnv_fromUnicode(void *conv, char **target, const char *target_limit, const UChar **source,
                             const UChar *source_limit, int32_t *offsets, int8_t flush, UErrorCode *status)
{ (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush; fail(status); }
EXPORT int32_t ucnv_toUCountPending(const void *conv, UErrorCode *status) { (void)conv; fail(status); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *conv, UErrorCode *status) { (void)conv; fail(status); return 0; }
EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset, UErrorCode *status)
{ (void)args; (void)source; (void)length; (void)offset; fail(status); }
EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit, int32_t offset,
                                    UErrorCode *status)
{ (void)args; (void)source; (void)source_limit; (void)offset; fail(status); }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *code_units, int32_t length,
                                            int32_t code_point, int reason, UErrorCode *status)
{ (void)context; (void)args; (void)code_units; (void)length; (void)code_point; (void)reason; fail(status); }
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *code_units, int32_t length,
                                          int reason, UErrorCode *status)
{ (void)context; (void)args; (void)code_units; (void)length; (void)reason; fail(status); }

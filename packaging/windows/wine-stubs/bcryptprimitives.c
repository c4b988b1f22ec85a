/* ProcessPrng, for Wine 8 only (Windows 10 and Wine 9 have it).
 *
 * Rust's standard library since 1.78 (cryptography, pydantic-core) imports it from
 * bcryptprimitives.dll; Wine 8's copy lacks it, so those extension modules fail to load.
 * It fills the buffer from RtlGenRandom (advapi32's SystemFunction036), the same system
 * generator. Built with mingw-w64 into the Wine prefixes of scripts/windows only: never
 * part of the kiosk or its installer.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x10000000 ? 0x10000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}

using System.Security.Cryptography;
using System.Text;

namespace Fazhi.Platform.Identity;

/// <summary>
/// Bearer-style secrets (API tokens, data-sharing tokens): 32 random bytes, URL-safe base64 behind a recognisable prefix,
/// shown once; only the SHA-256 is stored and looked up.
/// </summary>
public static class TokenSecrets
{
    public static string New(string prefix) =>
        prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}

using System.Text;

using Org.BouncyCastle.Crypto.Digests;

namespace Fazhi.Platform.Audit;

/// <summary>SM3 (GB/T 32905-2016) hash, hex lower-case.</summary>
public static class Sm3
{
    public static string Hex(string text)
    {
        var input = Encoding.UTF8.GetBytes(text);
        var digest = new SM3Digest();
        digest.BlockUpdate(input, 0, input.Length);
        var output = new byte[digest.GetDigestSize()];
        digest.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }
}

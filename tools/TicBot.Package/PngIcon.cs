using System.Buffers.Binary;

namespace TicBot.Package;

/// <summary>The icon rules Teams applies on upload: PNG, 192×192 colour, 32×32 outline with transparency.</summary>
internal static class PngIcon
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Colour type 6 (RGBA): the outline icon is white on a transparent background.</summary>
    private const byte RgbaColourType = 6;

    public static IEnumerable<string> Problems(string name, byte[] bytes, int size, bool transparent)
    {
        if (bytes.Length < 26 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            yield return $"{name} is not a PNG file.";
            yield break;
        }

        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
        if (width != size || height != size)
        {
            yield return $"{name} is {width}×{height}; Teams wants {size}×{size}.";
        }

        if (transparent && bytes[25] != RgbaColourType)
        {
            yield return $"{name} has no alpha channel; Teams wants the outline icon on a transparent background.";
        }
    }
}

using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace TicBot.TestSupport.Auth;

/// <summary>An RSA key generated at test time, published in the fake JWKS with its channel endorsements.</summary>
public sealed class TestSigningKey : IDisposable
{
    private readonly RSA _rsa;

    private TestSigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        _rsa = rsa;
        Endorsements = endorsements;
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
    }

    public string KeyId { get; }

    /// <summary>Channels this key may sign for; null publishes the key without an <c>endorsements</c> member.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public RsaSecurityKey SecurityKey { get; }

    /// <param name="endorsements">Channels the key may sign for (none or null: no endorsements member, like Microsoft identity platform keys).</param>
    public static TestSigningKey Create(string keyId, params string[]? endorsements) => new(keyId, RSA.Create(2048), endorsements is { Length: > 0 } ? endorsements : null);

    /// <summary>The public key as a JWKS entry.</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray(Endorsements.Select(e => (JsonNode?)JsonValue.Create(e)).ToArray());
        }

        return jwk;
    }

    public void Dispose() => _rsa.Dispose();
}

namespace TicBot.TestSupport.Auth;

/// <summary>
/// One call to the fake token endpoint: the tenant in its path and its form fields (client_id, scope, grant_type…);
/// for the managed identity endpoint, the tenant is <see cref="FakeBotIdentityServer.ManagedIdentityTenant"/> and the fields are the query.
/// </summary>
public sealed record FakeTokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);

namespace TicBot.TestSupport.Auth;

/// <summary>One call to the fake token endpoint: the tenant in its path and its form fields (client_id, scope, grant_type…).</summary>
public sealed record FakeTokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);

// The bot: App Service on Linux, .NET 10, several instances sharing nothing but the Blob container.
param appName string
param location string
param sku string
param instanceCount int
param identityId string

@description('App settings (environment variables of the bot).')
param settings object

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Turns of one conversation may land on any instance: the Blob ETags keep them consistent, no affinity needed.
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      appCommandLine: 'dotnet TicBot.Bot.dll'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      // An instance whose storage does not answer leaves the load balancer until it does.
      healthCheckPath: '/readyz'
      appSettings: [for setting in items(union(settings, {
        ASPNETCORE_URLS: 'http://0.0.0.0:8080'
        WEBSITES_PORT: '8080'
      })): {
        name: setting.key
        value: setting.value
      }]
    }
  }
}

// Deployments go through Entra ID (az webapp deploy), never through basic FTP or SCM credentials.
resource ftp 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scm 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

output siteId string = site.id

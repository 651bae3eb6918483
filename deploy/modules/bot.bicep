// The Azure Bot resource and its Teams channel. No secret: a user-assigned managed identity, or a single-tenant app
// registration whose secret only the App Service reads (from the Key Vault).
param botName string
param sku string
param endpoint string

@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string
param appId string

@description('UserAssignedMSI only: the identity\'s resource id.')
param identityId string

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: 'TicBot'
    endpoint: endpoint
    msaAppType: appType
    msaAppId: appId
    msaAppTenantId: tenant().tenantId
    msaAppMSIResourceId: appType == 'UserAssignedMSI' ? identityId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

// Starts the telegram-test-api Bot API emulator on a loopback port for the
// end-to-end test, and prints "READY http://127.0.0.1:PORT" once it listens.
//
// Two changes to the emulator, both to behave like Telegram:
//  - a webhook delivery carries the secret_token given to setWebhook in the
//    X-Telegram-Bot-Api-Secret-Token header;
//  - a refused or failed webhook delivery is logged (status only) instead of
//    crashing the process with an unhandled rejection.
// It prints "WEBHOOK SET" / "WEBHOOK DELETED" so the test knows when a
// webhook is in place. It never prints message contents or tokens.
'use strict';

const assert = require('assert');
const net = require('net');
const axios = require('axios');
const TelegramServer = require('telegram-test-api');

TelegramServer.prototype.addUserUpdate = async function addUserUpdate(update) {
  assert.ok(update.botToken, 'update without botToken');
  const webhook = this.webhooks[update.botToken];
  if (webhook) {
    const headers = {};
    if (webhook.secret_token) {
      headers['X-Telegram-Bot-Api-Secret-Token'] = webhook.secret_token;
    }
    try {
      const resp = await axios({
        url: webhook.url,
        method: 'POST',
        data: TelegramServer.formatUpdate(update),
        headers,
        timeout: 5000,
        validateStatus: () => true,
      });
      if (resp.status > 204) {
        console.error(`emulator: webhook delivery refused: HTTP ${resp.status}`);
      }
    } catch (e) {
      console.error(`emulator: webhook delivery failed: ${e.code || 'error'}`);
    }
  } else {
    this.storage.userMessages.push(update);
  }
  this.updateId++;
};

const setWebhook = TelegramServer.prototype.setWebhook;
TelegramServer.prototype.setWebhook = function patchedSetWebhook(webhook, botToken) {
  setWebhook.call(this, webhook, botToken);
  console.log('WEBHOOK SET');
};
const deleteWebhook = TelegramServer.prototype.deleteWebhook;
TelegramServer.prototype.deleteWebhook = function patchedDeleteWebhook(botToken) {
  const had = Boolean(this.webhooks[botToken]);
  deleteWebhook.call(this, botToken);
  if (had) {
    console.log('WEBHOOK DELETED');
  }
};

process.on('unhandledRejection', (e) => {
  console.error(`emulator: unhandled rejection: ${(e && e.code) || 'error'}`);
});

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function main() {
  const port = Number(process.env.EMULATOR_PORT) || await freePort();
  const server = new TelegramServer({ port, host: '127.0.0.1', storeTimeout: 60 });
  await server.start();
  console.log(`READY ${server.config.apiURL}`);
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e) => {
  console.error(`emulator: failed to start: ${e.code || e.message}`);
  process.exit(1);
});

/*
 * A third-party Modbus RTU slave for Cundang's end-to-end tests, built on libmodbus (Debian libmodbus-dev).
 * Compiled by LibmodbusSlaveTest with: gcc libmodbus_slave.c $(pkg-config --cflags --libs libmodbus)
 * Usage: libmodbus_slave <port> <baud> <unit>
 * Serves input registers 1 = 215 (21.5 degC), 2 = 482 (48.2 %RH) like an XY-MD02, and holding registers
 * 0 = 235, 1 = 512 like a generic function-03 transmitter; writes with function 06 are kept.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <modbus.h>

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s <port> <baud> <unit>\n", argv[0]);
        return 2;
    }
    modbus_t *ctx = modbus_new_rtu(argv[1], atoi(argv[2]), 'N', 8, 1);
    if (ctx == NULL) {
        fprintf(stderr, "modbus_new_rtu: %s\n", modbus_strerror(errno));
        return 1;
    }
    modbus_set_slave(ctx, atoi(argv[3]));
    modbus_mapping_t *map = modbus_mapping_new(0, 0, 10, 10);
    if (map == NULL || modbus_connect(ctx) == -1) {
        fprintf(stderr, "setup: %s\n", modbus_strerror(errno));
        modbus_free(ctx);
        return 1;
    }
    map->tab_input_registers[1] = 215;
    map->tab_input_registers[2] = 482;
    map->tab_registers[0] = 235;
    map->tab_registers[1] = 512;
    printf("ready\n");
    fflush(stdout);
    int errors = 0;
    while (errors < 1000) {
        uint8_t query[MODBUS_RTU_MAX_ADU_LENGTH];
        int rc = modbus_receive(ctx, query);
        if (rc > 0) {
            modbus_reply(ctx, query, rc, map);
            errors = 0;
        } else if (rc == -1) {
            errors++; /* bad CRC, another slave's frame, or the pty closed */
        }
    }
    modbus_mapping_free(map);
    modbus_close(ctx);
    modbus_free(ctx);
    return 0;
}

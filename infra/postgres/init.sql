-- One database per service that owns data; each service applies its own migrations at start.
CREATE DATABASE gateway;
CREATE DATABASE matching;
CREATE DATABASE signals;
CREATE DATABASE housing;
CREATE DATABASE schools;
CREATE DATABASE police;
CREATE DATABASE operations;
CREATE DATABASE portal;

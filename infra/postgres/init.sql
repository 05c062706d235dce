-- One database per service that owns data; each service creates its own tables at start.
CREATE DATABASE gateway;
CREATE DATABASE matching;
CREATE DATABASE signals;
CREATE DATABASE housing;
CREATE DATABASE schools;
CREATE DATABASE police;
CREATE DATABASE operations;

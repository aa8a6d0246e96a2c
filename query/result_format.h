// reserved
